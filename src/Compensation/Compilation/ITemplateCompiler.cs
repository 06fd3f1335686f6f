using Compensation.Documents;
using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>
/// Compiles the customer message templates of a manual. The templates are compiled by a layer above this one
/// (<c>Messages/</c>); the composition root hands it to <see cref="ManualCompiler"/>, so that compilation does not
/// depend on the template engine.
/// </summary>
internal interface ITemplateCompiler
{
    /// <summary>Compiles the templates against the facts of the manual, reporting errors to the shared diagnostics.</summary>
    List<CompiledMessage> Compile(IReadOnlyList<MessageDocument> documents, FactSchema schema);

    /// <summary>Renders each template once on a sample decision of the compiled manual, reporting templates that fail.</summary>
    void Check(CompiledManual manual);
}
