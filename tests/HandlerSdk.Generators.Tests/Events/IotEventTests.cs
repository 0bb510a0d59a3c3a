using System.Text;
using System.Text.Json;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Issue 10, item 1: AWS IoT's Lambda events (custom authorizer requests over MQTT and HTTP and in the earlier
/// format, its responses with policies as objects or as JSON text, the IoT Button, IoT 1-Click, the fleet
/// provisioning pre-provisioning hook), after the IoT developer guide's and the Go SDK's samples, keep every field
/// through the generated reader and writer. IoT rule actions send the rule's own SELECT output: that is the user's
/// type, with nothing to model here.
/// </summary>
public sealed class IotEventTests
{
    private static readonly (string Sample, string Root)[] Samples =
    [
        ("iot-custom-authorizer-mqtt.json", nameof(IotCustomAuthorizerRequest)),
        ("iot-custom-authorizer-http.json", nameof(IotCustomAuthorizerRequest)),
        ("iot-custom-authorizer-earlier-format.json", nameof(IotCustomAuthorizerRequest)),
        ("iot-custom-authorizer-response.json", nameof(IotCustomAuthorizerResponse)),
        ("iot-custom-authorizer-response-strings.json", nameof(IotCustomAuthorizerResponse)),
        ("iot-button.json", nameof(IotButtonEvent)),
        ("iot-1click.json", nameof(IotOneClickEvent)),
        ("iot-preprovision-request.json", nameof(IotPreProvisioningHookRequest)),
        ("iot-preprovision-response.json", nameof(IotPreProvisioningHookResponse)),
    ];

    public static TheoryData<string, string, string> Cases() => EventSamples.Cases(Samples);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_generated_reader_and_writer_keep_every_field_of_the_sample(string corpusName, string sample, string root) =>
        EventSamples.AssertRoundTrip(corpusName, sample, EventSamples.EventType(root));

    [Theory]
    [MemberData(nameof(Cases))]
    public void System_Text_Json_reads_the_sample_to_the_values_ours_reads(string corpusName, string sample, string root) =>
        EventSamples.AssertSystemTextJsonAgrees(corpusName, sample, EventSamples.EventType(root));

    [Fact]
    public void An_mqtt_connection_reads_its_protocols_and_decodes_its_password()
    {
        var request = EventSamples.Read<IotCustomAuthorizerRequest>("iot-custom-authorizer-mqtt.json");

        Assert.Equal("aToken", request.Token);
        Assert.False(request.SignatureVerified);
        Assert.Equal(["tls", "mqtt"], request.Protocols);
        var mqtt = request.ProtocolData!.Mqtt!;
        Assert.Equal("myUserName", mqtt.Username);
        Assert.Equal("myClientId", mqtt.ClientId);
        Assert.Equal("myPassword", Encoding.UTF8.GetString(mqtt.DecodePassword()!));
        Assert.Null(request.ProtocolData.Http);
        Assert.Equal("abcd1234example-ats.iot.us-east-1.amazonaws.com", request.ProtocolData.Tls!.ServerName);
        Assert.Equal("e136bd47-9a5c-4f1e-9a65-1c3ec8f5a5a4", request.ConnectionMetadata!.Id);
    }

    [Fact]
    public void An_http_connection_reads_its_headers_and_query_string()
    {
        var request = EventSamples.Read<IotCustomAuthorizerRequest>("iot-custom-authorizer-http.json");

        Assert.True(request.SignatureVerified);
        Assert.Equal("MyAuthorizer", request.ProtocolData!.Http!.Headers["x-amz-customauthorizer-name"]);
        Assert.StartsWith("?x-amz-customauthorizer-signature=", request.ProtocolData.Http.QueryString, StringComparison.Ordinal);
        Assert.Null(request.ProtocolData.Mqtt);
    }

    [Fact]
    public void The_earlier_format_reads_its_contexts_and_a_password_that_is_not_base64_fails_clearly()
    {
        var request = EventSamples.Read<IotCustomAuthorizerRequest>("iot-custom-authorizer-earlier-format.json");

        Assert.Null(request.ProtocolData);
        Assert.Equal("somelongtokensignature", request.TokenSignature);
        Assert.Equal("en", request.HttpContext!.Headers["Accept-Language"]);
        Assert.Equal("server.stuff.com", request.TlsContext!.ServerName);
        Assert.Equal("thebestuser", request.MqttContext!.Username);
        Assert.Throws<FormatException>(() => new IotMqttContext { Password = "not base64!" }.DecodePassword());
        Assert.Null(new IotMqttContext().DecodePassword());
    }

    [Fact]
    public void A_response_reads_policies_given_as_objects_or_as_json_text()
    {
        var objects = EventSamples.Read<IotCustomAuthorizerResponse>("iot-custom-authorizer-response.json");
        var strings = EventSamples.Read<IotCustomAuthorizerResponse>("iot-custom-authorizer-response-strings.json");

        Assert.True(objects.IsAuthenticated);
        Assert.Equal(86400, objects.DisconnectAfterInSeconds);
        Assert.Equal(300, objects.RefreshAfterInSeconds);
        Assert.Equal(JsonValueKind.Object, objects.PolicyDocuments[0].ValueKind);
        Assert.Equal("2012-10-17", objects.PolicyDocuments[0].GetProperty("Version").GetString());
        Assert.Equal(JsonValueKind.String, strings.PolicyDocuments[0].ValueKind);
        Assert.Contains("iot:Subscribe", strings.PolicyDocuments[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Seattle", objects.Context!["city"].GetString());
    }

    [Fact]
    public void Button_and_one_click_events_read_their_clicks()
    {
        var button = EventSamples.Read<IotButtonEvent>("iot-button.json");
        var click = EventSamples.Read<IotOneClickEvent>("iot-1click.json");

        Assert.Equal("SINGLE", button.ClickType);
        Assert.Equal("2000 mV", button.BatteryVoltage);
        Assert.Equal(new DateTimeOffset(2018, 5, 4, 23, 26, 33, 747, TimeSpan.Zero), click.DeviceEvent.ButtonClicked.ReportedTime);
        Assert.Equal(5.0, click.DeviceInfo.RemainingLife);
        Assert.Equal("G030PMXXXXXXXXXX", click.PlacementInfo.Devices["myButton"]);
        Assert.Equal("printer", click.PlacementInfo.Attributes["equipment"]);
    }

    [Fact]
    public void A_pre_provisioning_hook_reads_its_template_and_parameters_and_answers_with_overrides()
    {
        var request = EventSamples.Read<IotPreProvisioningHookRequest>("iot-preprovision-request.json");
        var response = EventSamples.Read<IotPreProvisioningHookResponse>("iot-preprovision-response.json");

        Assert.EndsWith("provisioningtemplate/MyTemplate", request.TemplateArn, StringComparison.Ordinal);
        Assert.Equal("parma1value", request.Parameters["param1"]);
        Assert.True(response.AllowProvisioning);
        Assert.Equal("newCustomValue2", response.ParameterOverrides!["Key2"]);
    }
}
