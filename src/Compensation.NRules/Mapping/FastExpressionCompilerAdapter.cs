using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace Compensation.NRules;

/// <summary>
/// Compiles NRules' condition and action expressions with FastExpressionCompiler, as the engine compiles its own:
/// NRules' default (<see cref="LambdaExpression.Compile()"/>) made a 1,000-rule manual take seconds to compile.
/// A tree FastExpressionCompiler does not support is compiled by the framework, so behaviour never depends on it.
/// </summary>
internal sealed class FastExpressionCompilerAdapter : IExpressionCompiler
{
    public static readonly FastExpressionCompilerAdapter Instance = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
        => expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
