using System.Globalization;
using System.Text.RegularExpressions;
using Compensation.Documents;

namespace Compensation.Scenarios;

/// <summary>The scenario reader's value parsing: delays, dates, numbers and fact values.</summary>
internal sealed partial class ScenarioReader
{
    private TimeSpan? Delay(Scalar scalar)
    {
        if (!Facts.DurationText.TryParse(scalar.Text, out var span))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, scalar.Location, $"'{scalar.Text}' is not a delay", Facts.DurationText.Hint);
            return null;
        }

        return span;
    }

    private DateTimeOffset? Date(Scalar scalar)
    {
        // A date without an offset is read in the manual's time zone, never the host's.
        if (zone.TryParse(scalar.Text, out var value, out var error))
        {
            return value;
        }

        diagnostics.Error(DiagnosticCodes.InvalidValue, scalar.Location, error!, $"write it as 2026-11-10T18:00:00+01:00, or 2026-11-10T18:00 / 2026-11-10 (read in {zone.Id})");
        return null;
    }

    private decimal? Number(Scalar scalar)
    {
        if (decimal.TryParse(scalar.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Error(DiagnosticCodes.InvalidValue, scalar.Location, $"'{scalar.Text}' is not a number", "write it like 120 or 41.95");
        return null;
    }

    private int Integer(Scalar scalar)
    {
        if (int.TryParse(scalar.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Error(DiagnosticCodes.InvalidValue, scalar.Location, $"'{scalar.Text}' is not a whole number of zero or more", "write it like 0, 1 or 3");
        return 0;
    }

    private static object Typed(string text, bool quoted)
    {
        if (!quoted && text is "true" or "false")
        {
            return text == "true";
        }

        if (!quoted && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return text;
    }

}
