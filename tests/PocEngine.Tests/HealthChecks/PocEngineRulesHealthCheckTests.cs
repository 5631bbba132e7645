using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PocEngine.Tests.Support;
using Xunit;

namespace PocEngine.Tests.HealthChecks;

// The companion package's check, as a host registers it: Healthy on good rules, Degraded (or the status asked for)
// while a watched folder's latest content failed to load, with the first error; Unhealthy without AddPocEngine.
public sealed class PocEngineRulesHealthCheckTests
{
    [Fact]
    public async Task Check_EmbeddedRules_IsHealthyAndNamesTheVersion()
    {
        var services = new ServiceCollection().AddLogging().AddPocEngine();
        services.AddHealthChecks().AddPocEngineRules();
        await using var provider = services.BuildServiceProvider();

        var entry = (await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken)).Entries["poc-rules"];

        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal(RuleSet.Default.Latest.Hash, entry.Data["hash"]);
        Assert.StartsWith("Rule set 'cps' version '", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WatchedFolderWhoseLatestContentFails_IsDegradedThenHealthyOnceFixed()
    {
        using var folder = TempRules.Of(Yaml.Default());
        var services = new ServiceCollection().AddLogging().AddPocEngine(o =>
        {
            o.RulesDirectory = folder.Path;
            o.WatchForChanges = true;
        });
        services.AddHealthChecks().AddPocEngineRules();
        await using var provider = services.BuildServiceProvider();
        var rules = (FileRuleSetProvider)provider.GetRequiredService<IRuleSetProvider>();
        var health = provider.GetRequiredService<HealthCheckService>();

        folder.Write("ordering.yaml", "ordering: [mode-of-trial]\n");
        rules.Reload();
        var degraded = (await health.CheckHealthAsync(TestContext.Current.CancellationToken)).Entries["poc-rules"];
        folder.Write("ordering.yaml", Yaml.Ordering);
        rules.Reload();
        var healthy = (await health.CheckHealthAsync(TestContext.Current.CancellationToken)).Entries["poc-rules"];

        Assert.Equal(HealthStatus.Degraded, degraded.Status);
        Assert.Contains("so the last good rule set stays in service", degraded.Description, StringComparison.Ordinal);
        Assert.Contains("First error: ordering.yaml(1,1): error POC1040:", degraded.Description, StringComparison.Ordinal);
        Assert.Equal(1, degraded.Data["errors"]);
        Assert.Equal(1L, degraded.Data["failedReloads"]);
        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        Assert.Equal(1L, healthy.Data["failedReloads"]);
    }

    [Fact]
    public async Task Check_FailureStatusGiven_IsReportedInsteadOfDegraded()
    {
        using var folder = TempRules.Of(Yaml.Default());
        var services = new ServiceCollection().AddLogging().AddPocEngine(o =>
        {
            o.RulesDirectory = folder.Path;
            o.WatchForChanges = true;
        });
        services.AddHealthChecks().AddPocEngineRules(failureStatus: HealthStatus.Unhealthy);
        await using var provider = services.BuildServiceProvider();
        var rules = (FileRuleSetProvider)provider.GetRequiredService<IRuleSetProvider>();

        File.Delete(Path.Combine(folder.Path, "ordering.yaml"));
        rules.Reload();

        var entry = (await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken)).Entries["poc-rules"];
        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
    }

    [Fact]
    public async Task Check_PocEngineNotRegistered_IsUnhealthyAndSaysWhy()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddHealthChecks().AddPocEngineRules();
        await using var provider = services.BuildServiceProvider();

        var entry = (await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken)).Entries["poc-rules"];

        Assert.Equal(HealthStatus.Unhealthy, entry.Status);
        Assert.Equal("PocEngine is not registered: call services.AddPocEngine() before checking its rules.", entry.Description);
    }
}
