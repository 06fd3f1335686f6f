namespace Compensation.Samples.Tests;

/// <summary>The test classes that call the sample app: they share one packed, built and running app (and run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class SupportDeskCollection : ICollectionFixture<SupportDeskFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "SupportDesk app";
}
