using Compensation.Compilation;
using Compensation.Facts;

namespace Compensation.Messages;

/// <summary>Lists the follow-ups whose condition holds, due <c>after</c> the decision time.</summary>
internal static class FollowUpScheduler
{
    public static IReadOnlyList<FollowUp> Schedule(IReadOnlyList<CompiledFollowUp> followUps, FactFrame frame, DateTimeOffset now)
    {
        if (followUps.Count == 0)
        {
            return [];
        }

        // Two passes over a handful of conditions: one exact-size array, no list.
        Span<bool> holds = followUps.Count <= 64 ? stackalloc bool[followUps.Count] : new bool[followUps.Count];
        var count = 0;
        for (var i = 0; i < followUps.Count; i++)
        {
            var followUp = followUps[i];
            try
            {
                holds[i] = followUp.When is null || followUp.When(frame);
            }
            catch (ArithmeticException ex)
            {
                throw new RuleEvaluationException(followUp.Name, followUp.WhenText ?? string.Empty, followUp.Location, ex);
            }

            count += holds[i] ? 1 : 0;
        }

        if (count == 0)
        {
            return [];
        }

        var result = new FollowUp[count];
        for (int i = 0, n = 0; i < followUps.Count; i++)
        {
            if (holds[i])
            {
                var followUp = followUps[i];
                result[n++] = new FollowUp(followUp.Name, now + followUp.After, followUp.Description);
            }
        }

        return result;
    }
}
