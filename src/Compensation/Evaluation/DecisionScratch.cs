using Compensation.Facts;

namespace Compensation.Evaluation;

/// <summary>The reusable state of one thread's decisions; nothing in it outlives a decision.</summary>
internal sealed class DecisionScratch
{
    private FactFrame? _frame;

    public List<Granted> Granted { get; } = new(8);

    public List<Granted> Kept { get; } = new(8);

    public List<RemedyAdjustment> Adjustments { get; } = new(4);

    /// <summary>Who hears of each rule that fires (the simulation's counter), or null.</summary>
    public IRuleObserver? Observer { get; set; }

    /// <summary>The remedies of every rule a 'best' rule set matched, while the best is chosen.</summary>
    public List<Granted> Candidates { get; } = new(8);

    /// <summary>A cleared frame for the schema (a manual's schema is fixed once compiled).</summary>
    public FactFrame Frame(FactSchema schema)
    {
        if (_frame is null || !_frame.IsFor(schema))
        {
            return _frame = new FactFrame(schema);
        }

        _frame.Clear();
        return _frame;
    }
}
