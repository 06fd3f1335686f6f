using Compensation.Evaluation;

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

        var result = new List<FollowUp>(followUps.Count);
        foreach (var followUp in followUps)
        {
            bool holds;
            try
            {
                holds = followUp.When is null || followUp.When(frame);
            }
            catch (ArithmeticException ex)
            {
                throw new RuleEvaluationException(followUp.Name, followUp.WhenText ?? string.Empty, followUp.Location, ex);
            }

            if (holds)
            {
                result.Add(new FollowUp(followUp.Name, now + followUp.After, followUp.Description));
            }
        }

        return result;
    }
}
