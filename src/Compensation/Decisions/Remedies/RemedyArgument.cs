namespace Compensation.Decisions;

/// <summary>
/// A remedy parameter as a rule wrote it, read once when the manual is compiled: whether it is written and its
/// value for the parameter's shape (formulas are compiled and evaluated separately, for each incident).
/// </summary>
/// <param name="Present">The rule writes the parameter.</param>
/// <param name="Text">A text parameter's value.</param>
/// <param name="Duration">A duration parameter's value.</param>
/// <param name="Choice">A choice parameter's value, as its position in <see cref="RemedyParameter.Choices"/>.</param>
/// <param name="Days">A whole-days parameter's value.</param>
/// <param name="Flag">A flag parameter's value.</param>
internal readonly record struct RemedyArgument(bool Present, string? Text = null, TimeSpan Duration = default, int Choice = 0, int? Days = null, bool Flag = false);
