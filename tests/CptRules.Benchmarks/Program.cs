using BenchmarkDotNet.Running;

// Pick benchmarks with BenchmarkDotNet's own arguments, e.g. --filter '*Engine*' or --filter '*'.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
