using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Compensation.Messages;

/// <summary>
/// Bounds the memory a message template can use. <c>MaxSteps</c> bounds the statements a template runs,
/// but not what they allocate: <c>{% assign s = s | append: s %}</c> thirty times makes a string of a
/// billion characters, and <c>(1..2000000000)</c> an array of two billion numbers. Here every value a
/// filter or an assignment produces, and the rendered message, has a size limit; ranges and the tags that
/// build text outside the output (<c>capture</c>) or read other templates (<c>include</c>, <c>render</c>)
/// are not part of the message language.
/// </summary>
internal static class TemplateLimits
{
    /// <summary>The longest text a filter or an assignment may produce.</summary>
    public const int MaxText = 4_000;

    /// <summary>The most items an array produced by a filter or an assignment may hold.</summary>
    public const int MaxItems = 1_000;

    /// <summary>The longest rendered message.</summary>
    public const int MaxOutput = 16_000;

    private static readonly string[] RemovedTags = ["capture", "include", "render", "tablerow", "cycle"];

    /// <summary>A parser without the tags messages do not need.</summary>
    public static FluidParser CreateParser()
    {
        var parser = new FluidParser(new FluidParserOptions { AllowFunctions = false });
        foreach (var tag in RemovedTags)
        {
            parser.RegisteredTags.Remove(tag);
        }

        return parser;
    }

    /// <summary>What the template uses that messages do not allow (a range), or null.</summary>
    public static string? Forbidden(IFluidTemplate template)
    {
        var finder = new RangeFinder();
        finder.VisitTemplate(template);
        return finder.Found ? "a range such as (1..n)" : null;
    }

    /// <summary>Bounds every filter's result and every assigned value of templates rendered with <paramref name="options"/>.</summary>
    public static TemplateOptions Apply(TemplateOptions options)
    {
        foreach (var (name, filter) in options.Filters.ToList())
        {
            options.Filters.AddFilter(name, Bounded(name, filter));
        }

        options.Assigned = (name, value, _) => new ValueTask<FluidValue>(Check(value, $"the value assigned to '{name}'"));
        return options;
    }

    /// <summary>Renders into a writer that stops at <see cref="MaxOutput"/> characters.</summary>
    public static string Render(IFluidTemplate template, TemplateContext context, System.Text.Encodings.Web.TextEncoder encoder)
    {
        using var writer = new BoundedWriter();
        template.RenderAsync(writer, encoder, context).AsTask().GetAwaiter().GetResult();
        return writer.ToString();
    }

    private static FilterDelegate Bounded(string name, FilterDelegate filter)
        => async (input, arguments, context) => Check(await filter(input, arguments, context).ConfigureAwait(false), $"the filter '{name}'");

    private static FluidValue Check(FluidValue value, string what) => value switch
    {
        StringValue text when text.ToStringValue().Length > MaxText => throw new InvalidOperationException($"{what} makes a text longer than {MaxText} characters"),
        ArrayValue array when array.Values.Count > MaxItems => throw new InvalidOperationException($"{what} makes a list of more than {MaxItems} items"),
        _ => value,
    };

    private sealed class RangeFinder : AstVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitRangeExpression(RangeExpression rangeExpression)
        {
            Found = true;
            return base.VisitRangeExpression(rangeExpression);
        }
    }

    private sealed class BoundedWriter : StringWriter
    {
        public BoundedWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override void Write(char value)
        {
            Room(1);
            base.Write(value);
        }

        public override void Write(string? value)
        {
            Room(value?.Length ?? 0);
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Room(count);
            base.Write(buffer, index, count);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Room(buffer.Length);
            base.Write(buffer);
        }

        private void Room(int more)
        {
            if (GetStringBuilder().Length + more > MaxOutput)
            {
                throw new InvalidOperationException($"the message is longer than {MaxOutput} characters");
            }
        }
    }
}
