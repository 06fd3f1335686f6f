namespace Compensation.Compilation;

/// <summary>
/// The values a formula can take, as a closed interval (infinite ends allowed), or unknown when the
/// formula uses something the analysis does not model (then nothing is reported about it).
/// </summary>
internal readonly record struct Interval(double Lo, double Hi, bool Known = true)
{
    public static Interval Unknown { get; } = new(double.NegativeInfinity, double.PositiveInfinity, false);

    public static Interval All { get; } = new(double.NegativeInfinity, double.PositiveInfinity);

    public static Interval Bool { get; } = new(0, 1);

    public static Interval Point(double value) => new(value, value);

    public bool IsPoint => Known && Lo == Hi;

    public bool Contains(double value) => Lo <= value && value <= Hi;

    public Interval Union(Interval other) => Known && other.Known ? new(Math.Min(Lo, other.Lo), Math.Max(Hi, other.Hi)) : Unknown;

    public Interval Intersect(double lo, double hi) => !Known ? this : new(Math.Max(Lo, lo), Math.Min(Hi, hi));

    public bool IsEmpty => Known && Lo > Hi;

    public static Interval operator +(Interval a, Interval b) => Both(a, b, (x, y) => new(x.Lo + y.Lo, x.Hi + y.Hi));

    public static Interval operator -(Interval a, Interval b) => Both(a, b, (x, y) => new(x.Lo - y.Hi, x.Hi - y.Lo));

    public static Interval operator *(Interval a, Interval b) => Both(a, b, (x, y) => Span(Mul(x.Lo, y.Lo), Mul(x.Lo, y.Hi), Mul(x.Hi, y.Lo), Mul(x.Hi, y.Hi)));

    public static Interval operator -(Interval a) => a.Known ? new(-a.Hi, -a.Lo) : a;

    /// <summary>a / b; when b contains zero the result is unbounded (the division itself is reported separately).</summary>
    public static Interval Divide(Interval a, Interval b)
    {
        if (!a.Known || !b.Known)
        {
            return Unknown;
        }

        if (b.Contains(0))
        {
            // Only the side of zero the divisor can take matters for the sign of the result.
            if (b.Lo == 0 && b.Hi > 0)
            {
                return Divide(a, new Interval(double.Epsilon, b.Hi));
            }

            if (b.Hi == 0 && b.Lo < 0)
            {
                return Divide(a, new Interval(b.Lo, -double.Epsilon));
            }

            return All;
        }

        return Span(a.Lo / b.Lo, a.Lo / b.Hi, a.Hi / b.Lo, a.Hi / b.Hi);
    }

    public static Interval Min(Interval a, Interval b) => Both(a, b, (x, y) => new(Math.Min(x.Lo, y.Lo), Math.Min(x.Hi, y.Hi)));

    public static Interval Max(Interval a, Interval b) => Both(a, b, (x, y) => new(Math.Max(x.Lo, y.Lo), Math.Max(x.Hi, y.Hi)));

    public static Interval Abs(Interval a) => !a.Known ? a : a.Lo >= 0 ? a : a.Hi <= 0 ? -a : new(0, Math.Max(-a.Lo, a.Hi));

    private static double Mul(double x, double y) => x == 0 || y == 0 ? 0 : x * y; // 0 × ∞ is 0 here: a zero factor keeps the product at zero

    private static Interval Span(params double[] values) => new(values.Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NegativeInfinity).Min(), values.Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.PositiveInfinity).Max());

    private static Interval Both(Interval a, Interval b, Func<Interval, Interval, Interval> op) => a.Known && b.Known ? op(a, b) : Unknown;
}
