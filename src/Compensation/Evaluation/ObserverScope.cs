namespace Compensation.Evaluation;

/// <summary>Ends <see cref="DecisionEvaluator.Observe"/>: the thread's decisions go back to the observer before (usually none).</summary>
internal readonly struct ObserverScope : IDisposable
{
    private readonly DecisionScratch _scratch;
    private readonly IRuleObserver? _previous;

    internal ObserverScope(DecisionScratch scratch, IRuleObserver? previous)
    {
        _scratch = scratch;
        _previous = previous;
    }

    public void Dispose() => _scratch.Observer = _previous;
}
