using Compensation.Compilation;

namespace Compensation.Evaluation;

/// <summary>Hears of each rule that fires while deciding on a thread (see <see cref="DecisionEvaluator.Observe"/>); called on the deciding thread.</summary>
internal interface IRuleObserver
{
    /// <summary>A rule fired (its remedies were granted or, under 'best', it was the best).</summary>
    void Fired(CompiledRule rule);
}
