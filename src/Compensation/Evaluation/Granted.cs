using Compensation.Compilation;

namespace Compensation.Evaluation;

/// <summary>A remedy computed for a decision, with the grant template it came from (its group, stacking and approval).</summary>
internal readonly record struct Granted(Remedy Remedy, CompiledGrant Grant, decimal? Threshold = null);
