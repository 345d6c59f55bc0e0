using CptRules;
using CptRules.Contract;
using CptRules.ReferenceData;
using SharpFuzz;

// The request path of POST /validate without the web host: bytes to a claim (or request errors), and a claim to a
// report. The contract allows no exception on this path, so every exception is a crash for afl-fuzz.
ClaimScrubber? scrubber = null;
string[] payers = [ClaimRequestReader.DefaultPayer];

// Out of process: a StackOverflowException or a timeout restarts the child instead of ending the campaign.
Fuzzer.OutOfProcess.Run(stream =>
{
    // Instrumented code may only run once SharpFuzz has mapped afl's coverage memory, that is inside this action; the
    // reference data loads on the first input, which SharpFuzz runs twice and counts only the second time.
    scrubber ??= new ClaimScrubber(ReferenceDataSet.Load(ReferenceDataSet.DefaultDirectory));

    using var body = new MemoryStream();
    stream.CopyTo(body);
    var read = ClaimRequestReader.Read(body.GetBuffer().AsSpan(0, (int)body.Length), payers);
    if (read.Claim is { } claim)
    {
        scrubber.Validate(claim);
    }
});
