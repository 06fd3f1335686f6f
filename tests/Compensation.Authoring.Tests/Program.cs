using System.Text;
using Compensation.Authoring.Tests.Determinism;

namespace Compensation.Authoring.Tests;

/// <summary>
/// The test assembly's entry point (the test SDK's generated one is turned off): the test runner does not use it;
/// <see cref="DeterminismTests"/> starts this assembly as a child process with another time zone to decide the examples.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["decide-examples", var manual])
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            return DecideExamples.Run(manual, Console.Out);
        }

        Console.Error.WriteLine("usage: Compensation.Authoring.Tests decide-examples <manual folder>");
        return 2;
    }
}
