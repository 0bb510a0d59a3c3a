namespace HandlerSdk.Tests.Logging;

/// <summary><c>AWS_LAMBDA_LOG_LEVEL</c> uses Lambda's names; .NET code uses its own. Both parse.</summary>
public sealed class LogLevelsTests
{
    [Theory]
    [InlineData("TRACE", LogLevel.Trace)]
    [InlineData("debug", LogLevel.Debug)]
    [InlineData("Info", LogLevel.Information)]
    [InlineData("Information", LogLevel.Information)]
    [InlineData("WARN", LogLevel.Warning)]
    [InlineData("warning", LogLevel.Warning)]
    [InlineData("ERROR", LogLevel.Error)]
    [InlineData("FATAL", LogLevel.Critical)]
    [InlineData("Critical", LogLevel.Critical)]
    [InlineData(" none ", LogLevel.None)]
    public void Lambda_and_NET_names_parse_in_any_case(string name, LogLevel level)
    {
        Assert.True(LogLevels.TryParse(name, out var parsed));
        Assert.Equal(level, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("verbose")]
    [InlineData("2")]
    public void An_unknown_name_does_not_parse_and_defaults_to_INFO(string? name)
    {
        Assert.False(LogLevels.TryParse(name, out _));
        Assert.Equal(LogLevel.Information, LogLevels.Parse(name));
    }

    [Fact]
    public void Every_level_name_parses_back_to_its_level()
    {
        foreach (var level in Enum.GetValues<LogLevel>())
        {
            Assert.True(LogLevels.TryParse(LogLevels.LambdaName(level), out var parsed));
            Assert.Equal(level, parsed);
        }
    }
}
