using System.Globalization;
using System.Text.Json.Nodes;

namespace HandlerSdk.Cli.Events;

/// <summary>S3 notifications carry no payload; copies are distinct objects (key suffix, sequencer, request id).</summary>
internal sealed class S3Shape : EventShape
{
    public override string? Payload => null;

    public override string? Repeats => "Records (objects)";

    public override void Repeat(JsonObject root, int count) => RepeatFirst(root["Records"]!.AsArray(), count, (record, index) =>
    {
        var s3Object = record["s3"]!["object"]!.AsObject();
        var key = s3Object["key"]!.GetValue<string>();
        var dot = key.LastIndexOf('.');
        var suffix = string.Create(CultureInfo.InvariantCulture, $"-{index + 1}");
        s3Object["key"] = dot > key.LastIndexOf('/') ? key.Insert(dot, suffix) : key + suffix;
        s3Object["sequencer"] = AddHex(s3Object["sequencer"]!.GetValue<string>(), index);
        var response = record["responseElements"]!.AsObject();
        response["x-amz-request-id"] = AddHex(response["x-amz-request-id"]!.GetValue<string>(), index);
    });
}

/// <summary>S3 Batch Operations: no payload; copies are distinct tasks.</summary>
internal sealed class S3BatchShape : EventShape
{
    public override string? Payload => null;

    public override string? Repeats => "tasks";

    public override void Repeat(JsonObject root, int count) => RepeatFirst(root["tasks"]!.AsArray(), count, (task, index) =>
    {
        task["taskId"] = Convert.ToBase64String(DerivedGuid(task["taskId"]!.GetValue<string>(), index).ToByteArray());
        var key = task["s3Key"]!.GetValue<string>();
        task["s3Key"] = string.Create(CultureInfo.InvariantCulture, $"{key}-{index + 1}");
    });
}

/// <summary>CloudFormation custom resources: the payload is ResourceProperties (CloudFormation adds ServiceToken to them).</summary>
internal sealed class PropertiesShape : EventShape
{
    public override string? Payload => "ResourceProperties (JSON object)";

    public override void SetBody(JsonObject root, EventBody body, string source)
    {
        var properties = new JsonObject { ["ServiceToken"] = root["ServiceToken"]!.DeepClone() };
        foreach (var (name, value) in body.RequireObject(source, "the resource's properties"))
        {
            properties[name] = value?.DeepClone();
        }

        root["ResourceProperties"] = properties;
    }
}

/// <summary>AWS Config: the payload is the changed resource's configuration, inside invokingEvent (JSON text).</summary>
internal sealed class ConfigShape : EventShape
{
    public override string? Payload => "invokingEvent -> configurationItem.configuration (JSON text)";

    public override void SetBody(JsonObject root, EventBody body, string source)
    {
        var invoking = JsonNode.Parse(root["invokingEvent"]!.GetValue<string>())!.AsObject();
        invoking["configurationItem"]!["configuration"] = body.RequireObject(source, "the resource's configuration");
        root["invokingEvent"] = invoking.ToJsonString();
    }
}

/// <summary>AppSync direct resolvers: the payload is the field's arguments.</summary>
internal sealed class AppSyncResolverShape : EventShape
{
    public override string? Payload => "arguments (JSON object)";

    public override void SetBody(JsonObject root, EventBody body, string source) =>
        root["arguments"] = body.RequireObject(source, "the field's arguments");
}
