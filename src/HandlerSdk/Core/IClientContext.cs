namespace HandlerSdk;

/// <summary>Information about the client application and device, sent by the AWS Mobile SDK.</summary>
public interface IClientContext
{
    /// <summary>Environment settings of the client device.</summary>
    IDictionary<string, string> Environment { get; }

    /// <summary>The client application.</summary>
    IClientApplication Client { get; }

    /// <summary>Custom values set by the client application.</summary>
    IDictionary<string, string> Custom { get; }
}
