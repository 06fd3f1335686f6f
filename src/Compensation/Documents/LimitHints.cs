namespace Compensation.Documents;

/// <summary>How to raise each load limit, from the command line and from code (the same words everywhere a limit is reported).</summary>
internal static class LimitHints
{
    public const string FileLength = "split the manual into several files, or raise the limit: '--max-file-size' in the compensation tool, ManualLoadOptions.MaxFileLength in code";

    public const string Files = "merge files, or raise the limit: '--max-files' in the compensation tool, ManualLoadOptions.MaxFiles in code";

    public const string Rules = "raise the limit if the manual really needs them: '--max-rules' in the compensation tool, ManualLoadOptions.MaxRules in code";

    public const string Nodes = "split the manual into several files, or raise the limit: '--max-nodes' in the compensation tool, ManualLoadOptions.MaxNodes in code";

    public const string Depth = "split the manual into several files, or raise the limit: '--max-depth' in the compensation tool, ManualLoadOptions.MaxDepth in code";
}
