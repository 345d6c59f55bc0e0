using CptRules.ReferenceData;
using CptRules.Rules.AddOns;
using CptRules.Rules.Codes;
using CptRules.Rules.Diagnoses;
using CptRules.Rules.Drugs;
using CptRules.Rules.Extremities;
using CptRules.Rules.Modifiers;
using CptRules.Rules.Ncci;
using CptRules.Rules.Setting;
using FluentValidation;

namespace CptRules.Rules;

/// <summary>
/// The rule pipeline: every contract rule, in catalog order. FluentValidation runs them all
/// (no rule stops another), so a claim gets every finding in one pass.
/// </summary>
public sealed class ClaimValidator : AbstractValidator<ClaimContext>
{
    public ClaimValidator(ReferenceDataSet data)
    {
        Rules =
        [
            new CodeUnknownRule(),
            new CodeNotEffectiveRule(),
            new ModifierInvalidRule(),
            new ModifierNotApplicableRule(),
            new ModifierUnnecessaryRule(),
            new AddOnWithoutPrimaryRule(),
            new PtpConflictRule(data.PtpModifiers),
            new MueExceededRule(),
            new ExtremityDetailRequiredRule(),
            new MuscleThresholdRule(),
            new ExtremityDuplicateRule(),
            new ExtremityLimitRule(data.Policy),
            new LateralityMismatchRule(),
            new DrugCodeRequiredRule(data.Toxins),
            new DrugBilledByFacilityRule(data.Toxins),
            new DrugWastageModifierRule(data.Toxins, data.Policy),
            new DrugUnitsMismatchRule(data.Toxins),
            new DrugDoseAboveLabelRule(data.Toxins),
            new DrugOffLabelRule(data.Toxins),
            new DiagnosisRequiredRule(),
            new DiagnosisInvalidRule(),
            new DiagnosisNotSupportedRule(),
            new PosUnexpectedRule(data.PlacesOfService),
            new FrequencyRule(data.Policy),
        ];

        // One Custom rule per contract rule on this validator rather than Include(rule): an included validator gets
        // a child validation context and result of its own on every claim, which was most of a clean claim's cost.
        foreach (var rule in Rules)
        {
            RuleFor(claim => claim).Custom(rule.Check);
        }
    }

    public IReadOnlyList<ClaimRule> Rules { get; }
}
