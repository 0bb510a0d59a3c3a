namespace HandlerSdk;

/// <summary>The client application that invoked the function through the AWS Mobile SDK.</summary>
public interface IClientApplication
{
    /// <summary>The application's package name.</summary>
    string AppPackageName { get; }

    /// <summary>The application's title.</summary>
    string AppTitle { get; }

    /// <summary>The application's version code.</summary>
    string AppVersionCode { get; }

    /// <summary>The application's version name.</summary>
    string AppVersionName { get; }

    /// <summary>The installation id of the application.</summary>
    string InstallationId { get; }
}
