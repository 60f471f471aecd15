using System.Runtime.InteropServices;

namespace Arshjul.Cli;

/// <summary>
/// Turns the first SIGINT (Ctrl+C) or SIGTERM (a CI timeout, `kill`) into a cancellation, so a build stops
/// before it publishes and removes its work folder. A second signal gets its default action: the build is
/// crash-safe, so ending it at once is safe too.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _received;

    public StopSignals()
    {
        _registrations = [Register(PosixSignal.SIGINT), Register(PosixSignal.SIGTERM)];
    }

    public CancellationToken Token => _stop.Token;

    /// <summary>The signal that stopped the build, or null.</summary>
    public PosixSignal? Received => Volatile.Read(ref _received) is 0 ? null : (PosixSignal)Volatile.Read(ref _received);

    public int ExitCode => Received == PosixSignal.SIGINT ? ExitCodes.Interrupted : ExitCodes.Terminated;

    public string Name => Received == PosixSignal.SIGINT ? "Ctrl+C (SIGINT)" : "SIGTERM";

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _stop.Dispose();
    }

    private PosixSignalRegistration Register(PosixSignal signal) => PosixSignalRegistration.Create(signal, context =>
    {
        if (Interlocked.CompareExchange(ref _received, (int)context.Signal, 0) != 0) return;
        context.Cancel = true;
        _stop.Cancel();
    });
}
