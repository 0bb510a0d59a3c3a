namespace HandlerSdk.Templates.Tests;

/// <summary>One pack, install and set of instances for every test class that looks at the template.</summary>
[CollectionDefinition(Name)]
public sealed class TemplateInstances : ICollectionFixture<TemplateFixture>
{
    public const string Name = "template";
}
