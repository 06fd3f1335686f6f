using Compensation.Compilation;
using Compensation.Evaluation;
using Compensation.Facts;
using NRules.RuleModel;

namespace Compensation.NRules;

/// <summary>
/// The working state of one session's decisions: the frame the manual's compiled conditions read, the lists the
/// post-processing reuses, and what the session's events reported. Reset before each decision; a session (and so its
/// run) serves one decision at a time.
/// </summary>
internal sealed class DecisionRun
{
    public DecisionRun(CompiledManual manual)
    {
        Manual = manual;
        Frame = new FactFrame(manual.Schema);
        UniqueFired = new CompiledRule?[manual.RuleSets.Count];
    }

    public CompiledManual Manual { get; }

    public FactFrame Frame { get; }

    public DecisionScratch Scratch { get; } = new();

    /// <summary>The granted remedies read back from the session, sorted into grant order.</summary>
    public List<GrantedRemedy> Remedies { get; } = new(8);

    /// <summary>The facts retracted from a reused session after a decision.</summary>
    public List<object> Facts { get; } = new(16);

    /// <summary>The next grant's position in the decision.</summary>
    public int NextSequence { get; set; }

    /// <summary>True while a manual rule updates the case after setting a fact (the only update allowed).</summary>
    public bool UpdatingCase { get; set; }

    /// <summary>True while the decision's facts are retracted from a reused session.</summary>
    public bool Cleaning { get; set; }

    /// <summary>The rules that fired, in order, when the decision is explained; null otherwise.</summary>
    public List<RuleTrace>? Trace { get; set; }

    /// <summary>The rule whose action runs now (from the session's RuleFiring event), to name a host rule that misbehaves.</summary>
    public IRuleDefinition? Firing { get; set; }

    /// <summary>The rules whose condition failed with an exception (from the session's LhsExpressionFailed event).</summary>
    public IEnumerable<IRuleDefinition>? FailedRules { get; set; }

    /// <summary>For each 'unique' rule set, the rule of it that fired in this decision (null: none yet).</summary>
    public CompiledRule?[] UniqueFired { get; }

    public void Reset(bool explain)
    {
        Array.Clear(UniqueFired);
        Frame.Clear();
        NextSequence = 0;
        Trace = explain ? [] : null;
        Firing = null;
        FailedRules = null;
        UpdatingCase = false;
        Cleaning = false;
    }
}
