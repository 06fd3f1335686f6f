using System.Security.Cryptography;
using System.Text;

namespace Compensation.Cli.Studio;

/// <summary>
/// The manual the studio edits: its rule files (one file, a folder, or a folder of version sub-folders), its
/// scenario files and histories. Reads and writes only inside the manual's folder; saves atomically and refuses
/// to overwrite a file changed on disk since the browser read it.
/// </summary>
internal sealed class ManualWorkspace
{
    /// <summary>The largest text the studio reads or writes for one file (the engine's own limit is lower).</summary>
    public const int MaxFileChars = 2 * 1024 * 1024;

    private const int UndoDepth = 20;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _manualArgument;
    private readonly string _folderArgument;
    private readonly bool _singleFile;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Dictionary<string, Stack<string>> _undo = new(StringComparer.Ordinal);
    private readonly Lock _cacheLock = new();
    private readonly Dictionary<string, (string Key, ManualLoadResult Result)> _lastCompile = new(StringComparer.Ordinal);

    public ManualWorkspace(string manualPath)
    {
        _manualArgument = manualPath;
        _folderArgument = manualPath;
        var trimmed = Path.TrimEndingDirectorySeparator(manualPath);
        if (File.Exists(trimmed))
        {
            _singleFile = true;
            Root = WorkspacePath.Canonical(Path.GetDirectoryName(Path.GetFullPath(trimmed))!);
            SingleFileName = Path.GetFileName(trimmed);
            _folderArgument = Path.GetDirectoryName(trimmed) ?? string.Empty;
        }
        else if (Directory.Exists(trimmed))
        {
            Root = WorkspacePath.Canonical(trimmed);
        }
        else
        {
            throw new DirectoryNotFoundException($"'{manualPath}' is neither a folder nor a file");
        }

        Name = _singleFile ? Path.GetFileNameWithoutExtension(trimmed) : Path.GetFileName(Root);
    }

    /// <summary>The manual's folder, canonical (full, links resolved).</summary>
    public string Root { get; }

    /// <summary>The manual's short name (its folder's or file's name).</summary>
    public string Name { get; }

    private string? SingleFileName { get; }

    /// <summary>The versions and their files as they are on disk now.</summary>
    public WorkspaceLayout Scan()
    {
        var versions = new List<WorkspaceVersion>();
        if (_singleFile)
        {
            versions.Add(new WorkspaceVersion(string.Empty, [SingleFileName!]));
        }
        else
        {
            var own = RuleFiles(Root, string.Empty);
            if (own.Count > 0)
            {
                versions.Add(new WorkspaceVersion(string.Empty, own));
            }
            else
            {
                foreach (var folder in SafeDirectories(Root).Where(d => !Path.GetFileName(d).Equals(ScenarioSuite.FolderName, StringComparison.OrdinalIgnoreCase)))
                {
                    var name = Path.GetFileName(folder);
                    var files = RuleFiles(folder, name + "/");
                    if (files.Count > 0)
                    {
                        versions.Add(new WorkspaceVersion(name, files));
                    }
                }
            }
        }

        var scenarios = new List<string>();
        foreach (var folder in new[] { string.Empty }.Concat(versions.Where(v => v.Name.Length > 0).Select(v => v.Name + "/")))
        {
            var full = Path.Combine(Root, folder, ScenarioSuite.FolderName);
            if (Directory.Exists(full) && IsSafe(full))
            {
                scenarios.AddRange(RuleFiles(full, folder + ScenarioSuite.FolderName + "/"));
            }
        }

        var histories = new List<string>();
        CollectHistories(Root, depth: 0, histories);
        return new WorkspaceLayout(versions, scenarios, histories);
    }

    /// <summary>The full path of a file the browser names, refused (4xx) when outside the folder.</summary>
    public string Resolve(string? relative, IReadOnlyCollection<string> extensions) => WorkspacePath.Resolve(Root, relative, extensions);

    /// <summary>Reads a rule or scenario file with its version tag (a hash of its content).</summary>
    public WorkspaceText Read(string? relative)
    {
        var full = Resolve(relative, WorkspacePath.RuleExtensions);
        if (!File.Exists(full))
        {
            throw StudioException.NotFound($"'{relative}' does not exist in the manual's folder");
        }

        return ReadFull(full);
    }

    /// <summary>The path an error names for this file: the one <c>compensation validate</c> would print for the same manual argument.</summary>
    public string SourcePath(string relative)
        => _singleFile && relative == SingleFileName ? _manualArgument : Path.Join(_folderArgument, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The text of a file: the browser's unsaved text when it sent one, else the file on disk.</summary>
    public string Text(string relative, IReadOnlyDictionary<string, string> unsaved)
        => unsaved.TryGetValue(relative, out var text) ? text : Read(relative).Text;

    /// <summary>Compiles a version of the manual from the browser's unsaved texts and the other files as on disk (the last result of each version is kept).</summary>
    public ManualLoadResult Compile(WorkspaceVersion version, IReadOnlyDictionary<string, string> unsaved)
    {
        var sources = version.Files.Select(f => new ManualSource(SourcePath(f), Text(f, unsaved))).ToList();
        var key = string.Join('\n', sources.Select(s => s.Path + "\0" + Hash(s.Text)));
        lock (_cacheLock)
        {
            if (_lastCompile.TryGetValue(version.Name, out var last) && last.Key == key)
            {
                return last.Result;
            }
        }

        var result = CompensationManual.TryParse(sources);
        lock (_cacheLock)
        {
            // The last compilation of each version: every edit recompiles every version of the manual.
            _lastCompile[version.Name] = (key, result);
        }

        return result;
    }

    /// <summary>The scenario files for a version: its own <c>scenarios/</c> folder when it has one, else the manual's.</summary>
    public IReadOnlyList<string> ScenarioFiles(WorkspaceLayout layout, WorkspaceVersion version)
    {
        var own = layout.Scenarios.Where(s => version.Name.Length > 0 && s.StartsWith(version.Name + "/", StringComparison.Ordinal)).ToList();
        return own.Count > 0 ? own : [.. layout.Scenarios.Where(s => s.StartsWith(ScenarioSuite.FolderName + "/", StringComparison.Ordinal))];
    }

    /// <summary>
    /// Writes a file atomically (a temporary file renamed over it) when its content on disk still has the version
    /// tag <paramref name="baseEtag"/> (null: the file must not exist yet). Keeps the previous content for undo.
    /// </summary>
    public async Task<WorkspaceText> Save(string relative, string text, string? baseEtag, CancellationToken cancellationToken)
    {
        var full = Resolve(relative, WorkspacePath.RuleExtensions);
        if (text.Length > MaxFileChars)
        {
            throw StudioException.BadRequest($"the text is longer than the studio saves ({MaxFileChars} characters)");
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            string? previous = null;
            if (File.Exists(full))
            {
                var disk = ReadFull(full);
                if (baseEtag != disk.Etag)
                {
                    throw Conflict(relative, disk);
                }

                previous = disk.Text;
                if (disk.Text.Contains("\r\n", StringComparison.Ordinal) && !text.Contains('\r', StringComparison.Ordinal))
                {
                    // The browser edits with '\n'; keep the file's own line endings.
                    text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
                }
            }
            else if (baseEtag is not null)
            {
                throw new StudioException(409, "Changed on disk", $"'{relative}' was deleted on disk since you opened it; save again to create it", new Dictionary<string, object?> { ["path"] = relative, ["diskText"] = null, ["diskEtag"] = null });
            }

            await WriteAtomically(full, text, cancellationToken);
            if (previous is not null)
            {
                lock (_undo)
                {
                    if (!_undo.TryGetValue(relative, out var stack))
                    {
                        _undo[relative] = stack = new Stack<string>();
                    }

                    stack.Push(previous);
                    if (stack.Count > UndoDepth)
                    {
                        var kept = stack.Take(UndoDepth).Reverse().ToList();
                        stack.Clear();
                        kept.ForEach(stack.Push);
                    }
                }
            }

            return ReadFull(full);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>How many earlier contents of a file the studio keeps (saves that can be undone).</summary>
    public int UndoCount(string relative)
    {
        lock (_undo)
        {
            return _undo.TryGetValue(relative, out var stack) ? stack.Count : 0;
        }
    }

    /// <summary>Puts back the content a file had before its last save in the studio (refused when it changed on disk since).</summary>
    public async Task<WorkspaceText> Undo(string relative, string? etag, CancellationToken cancellationToken)
    {
        var full = Resolve(relative, WorkspacePath.RuleExtensions);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            string previous;
            lock (_undo)
            {
                if (!_undo.TryGetValue(relative, out var stack) || stack.Count == 0)
                {
                    throw new StudioException(409, "Nothing to undo", $"the studio has not saved '{relative}' since it started");
                }

                previous = stack.Peek();
            }

            var disk = File.Exists(full) ? ReadFull(full) : null;
            if (disk is null || disk.Etag != etag)
            {
                throw Conflict(relative, disk);
            }

            await WriteAtomically(full, previous, cancellationToken);
            lock (_undo)
            {
                _undo[relative].Pop();
            }

            return ReadFull(full);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>A content hash used as the file's version tag (SHA-256, hex).</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static StudioException Conflict(string relative, WorkspaceText? disk) => new(
        409,
        "Changed on disk",
        $"'{relative}' changed on disk since you opened it; nothing was written. Compare both versions, then keep yours or take the one on disk",
        new Dictionary<string, object?> { ["path"] = relative, ["diskText"] = disk?.Text, ["diskEtag"] = disk?.Etag });

    private static WorkspaceText ReadFull(string full)
    {
        var info = new FileInfo(full);
        if (info.Length > MaxFileChars * 4L)
        {
            throw StudioException.Unprocessable("File too large", $"'{info.Name}' is larger than the studio opens");
        }

        var text = File.ReadAllText(full);
        return new WorkspaceText(text.Replace("\r\n", "\n", StringComparison.Ordinal), Hash(text));
    }

    private static async Task WriteAtomically(string full, string text, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            {
                var bytes = Utf8.GetBytes(text);
                await stream.WriteAsync(bytes, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private List<string> RuleFiles(string folder, string prefix)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder)
            .Where(f => WorkspacePath.RuleExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .Where(f => !Path.GetFileName(f).StartsWith('.') && IsSafe(f))
            .Select(f => prefix + Path.GetFileName(f))
            .Order(StringComparer.Ordinal)];
    }

    private IEnumerable<string> SafeDirectories(string folder)
        => Directory.EnumerateDirectories(folder)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && IsSafe(d))
            .Order(StringComparer.Ordinal);

    private void CollectHistories(string folder, int depth, List<string> found)
    {
        if (depth > 3 || found.Count >= 200)
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (WorkspacePath.HistoryExtensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && !Path.GetFileName(file).StartsWith('.') && IsSafe(file))
            {
                found.Add(WorkspacePath.Relative(Root, file));
            }
        }

        foreach (var sub in SafeDirectories(folder))
        {
            CollectHistories(sub, depth + 1, found);
        }
    }

    private bool IsSafe(string full)
    {
        FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
        if (info.LinkTarget is null)
        {
            return true;
        }

        return info.ResolveLinkTarget(returnFinalTarget: true) is { } target && WorkspacePath.IsInside(Root, WorkspacePath.Canonical(target.FullName));
    }
}

/// <summary>A file's text (with '\n' line endings) and its version tag.</summary>
internal sealed record WorkspaceText(string Text, string Etag);

/// <summary>One version of the manual (the name is empty when the manual has no version sub-folders) and its rule files.</summary>
internal sealed record WorkspaceVersion(string Name, IReadOnlyList<string> Files);

/// <summary>What the manual's folder holds now.</summary>
internal sealed record WorkspaceLayout(IReadOnlyList<WorkspaceVersion> Versions, IReadOnlyList<string> Scenarios, IReadOnlyList<string> Histories)
{
    /// <summary>The named version, or the latest (last by name) when <paramref name="name"/> is null or empty.</summary>
    public WorkspaceVersion Version(string? name)
    {
        if (Versions.Count == 0)
        {
            throw StudioException.Unprocessable("No rule files", "the manual's folder holds no .yaml rule files");
        }

        if (string.IsNullOrEmpty(name))
        {
            return Versions[^1];
        }

        return Versions.FirstOrDefault(v => v.Name == name) ?? throw StudioException.NotFound($"the manual has no version '{name}'");
    }

    /// <summary>Whether the path is one of the manual's rule or scenario files.</summary>
    public bool Contains(string relative) => Scenarios.Contains(relative) || Versions.Any(v => v.Files.Contains(relative));
}
