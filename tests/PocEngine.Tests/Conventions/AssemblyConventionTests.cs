using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using PublicApiGenerator;
using Snapshooter;
using Snapshooter.Xunit3;
using Xunit;

namespace PocEngine.Tests.Conventions;

// Checks over the whole public surface of the library (NodaTime's habit).
public sealed class AssemblyConventionTests
{
    private static readonly Type[] PublicTypes = typeof(RuleSet).Assembly.GetExportedTypes();

    [Fact]
    public void PublicClasses_AreSealedOrStatic()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName).ToArray();

        Assert.Empty(open);
    }

    [Fact]
    public void PublicModels_HaveNoPublicSettersExceptInit()
    {
        var mutable = PublicTypes
            .Where(t => t != typeof(PocEngineOptions))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToArray();

        Assert.Empty(mutable);
    }

    // What a caller builds: the case and its charges, a calculator or provider over rules, options, the inputs of the
    // rule file writer, and what a custom provider raises or a host catches. Everything else (results, decisions,
    // explanations, warnings, diagnostics, catalogue facts, rules, rule test results) is built only by the library,
    // so that no caller can hand on a result the engine did not make.
    private static readonly Type[] Inputs =
    [
        typeof(Charge), typeof(DefendantCase), typeof(PocCalculator), typeof(PocEngineOptions), typeof(RuleSetLoadOptions),
        typeof(FileRuleSetProvider), typeof(RuleSetReloadedEventArgs), typeof(RuleSetReloadFailedEventArgs),
        typeof(RuleSetLoadException), typeof(RuleSetVersionNotFoundException),
        typeof(Authoring.CatalogueOffence), typeof(Authoring.CatalogueHomeOfficeClass),
    ];

    [Fact]
    public void ResultsAndFacts_CannotBeConstructedOrChangedByCallers()
    {
        var constructible = PublicTypes
            .Where(t => !Inputs.Contains(t) && t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0)
            .Select(t => t.FullName)
            .ToArray();
        var initable = PublicTypes
            .Where(t => !Inputs.Contains(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToArray();

        Assert.Empty(constructible);
        Assert.Empty(initable);
    }

    [Fact]
    public void Exceptions_DeriveFromPocEngineException()
    {
        var strays = PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t) && !typeof(PocEngineException).IsAssignableFrom(t)).ToArray();

        Assert.Empty(strays);
    }

    [Fact]
    public void PublicApi_IsTheApprovedOne()
    {
        var api = typeof(RuleSet).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"] });

        Snapshot.Match(api.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
