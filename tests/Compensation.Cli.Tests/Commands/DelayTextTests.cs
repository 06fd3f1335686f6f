using Compensation.Cli.Commands;

namespace Compensation.Cli.Tests.Commands;

public class DelayTextTests
{
    [Theory]
    [InlineData("36h", 36)]
    [InlineData("5d", 120)]
    [InlineData("1d12h", 36)]
    [InlineData("0h", 0)]
    public void TryParse_DaysOrHours_ReturnsTheSpan(string text, int hours)
    {
        Assert.True(DelayText.TryParse(text, out var delay));
        Assert.Equal(TimeSpan.FromHours(hours), delay);
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("d")]
    [InlineData("5x")]
    [InlineData("-1d")]
    [InlineData("12h1d")]
    [InlineData("1.5d")]
    public void TryParse_NotADelay_ReturnsFalse(string text)
    {
        Assert.False(DelayText.TryParse(text, out _));
    }

    [Theory]
    [InlineData(24, "24h")]
    [InlineData(48, "48h")]
    [InlineData(72, "3d")]
    [InlineData(84, "3d 12h")]
    public void Format_Hours_WritesHoursBelowThreeDaysThenDays(int hours, string expected)
    {
        Assert.Equal(expected, DelayText.Format(TimeSpan.FromHours(hours)));
    }
}
