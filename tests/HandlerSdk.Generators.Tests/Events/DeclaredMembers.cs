using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization;
using HandlerSdk.Events;

namespace HandlerSdk.Generators.Tests.Events;

/// <summary>
/// Since event models keep members they do not declare (<see cref="AwsEventObject.AdditionalProperties"/>), a read and
/// write keeps a sample whole even where the model misses or misspells a member. This check closes that gap: after
/// reading a sample, no object of the model holds an undeclared member, so every field of the sample has its member.
/// </summary>
internal static class DeclaredMembers
{
    public static void AssertNoneUndeclared(object? value, string path = "$")
    {
        switch (value)
        {
            case null or string:
                return;
            case AwsEventObject model:
                if (model.AdditionalProperties is { } undeclared)
                {
                    Assert.Fail($"{path} ({model.GetType().Name}) holds members its model does not declare: {string.Join(", ", undeclared.Keys)}");
                }

                foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length == 0 && property.GetCustomAttribute<JsonPropertyNameAttribute>() is { } name)
                    {
                        AssertNoneUndeclared(property.GetValue(model), $"{path}.{name.Name}");
                    }
                }

                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    AssertNoneUndeclared(entry.Value, $"{path}.{entry.Key}");
                }

                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    AssertNoneUndeclared(item, $"{path}[{index++}]");
                }

                return;
        }
    }
}
