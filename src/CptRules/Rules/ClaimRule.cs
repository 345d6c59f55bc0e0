using CptRules.Claims;
using CptRules.Findings;
using FluentValidation;
using FluentValidation.Results;

namespace CptRules.Rules;

/// <summary>
/// One contract rule as a FluentValidation validator. Each failure carries the rule ID as its <c>ErrorCode</c>,
/// the JSON pointer as its property name, and the line and suggestion as its custom state.
/// </summary>
public abstract class ClaimRule : AbstractValidator<ClaimContext>
{
    protected ClaimRule()
    {
        RuleFor(claim => claim)
            .Custom((claim, context) => Check(claim, new FindingWriter(context, Definition)));
    }

    public abstract RuleDefinition Definition { get; }

    /// <summary>Runs the rule inside another validator's pass, writing its findings to that validator's context.</summary>
    internal void Check(ClaimContext claim, ValidationContext<ClaimContext> context) => Check(claim, new FindingWriter(context, Definition));

    protected abstract void Check(ClaimContext claim, FindingWriter findings);
}

/// <summary>The extra fields of a finding that a <see cref="ValidationFailure"/> has no slot for.</summary>
public sealed record FindingDetails(int? LineNumber, int LineIndex, string Suggestion, string Reference);

public readonly struct FindingWriter(ValidationContext<ClaimContext> context, RuleDefinition rule)
{
    public void Add(ClaimLine? line, string pointer, string message, string suggestion, string? reference = null) =>
        context.AddFailure(new ValidationFailure(pointer, message)
        {
            ErrorCode = rule.Id,
            Severity = rule.Severity switch
            {
                FindingSeverity.Error => Severity.Error,
                FindingSeverity.Warning => Severity.Warning,
                _ => Severity.Info,
            },
            CustomState = new FindingDetails(line?.LineNumber, line?.Index ?? -1, suggestion, reference ?? rule.Reference),
        });

    public void Add(string pointer, string message, string suggestion, string? reference = null) =>
        Add(null, pointer, message, suggestion, reference);
}
