using System.CommandLine;
using Arshjul.Cli.Serve;
using Arshjul.Site.Configuration;
using Arshjul.Site.Diagnostics;

namespace Arshjul.Cli.Commands;

/// <summary>
/// `arshjul serve`: builds the site into a temporary folder (never into public/, so the live-reload
/// script cannot end up in a deployed site), serves it, and rebuilds on every change until Ctrl+C.
/// </summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var source = CommonOptions.Source();
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on (default 127.0.0.1: this machine only). Another address shows your drafts to the network.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var port = new Option<int>("--port") { Description = "The port to listen on (default 5000; 0 picks a free one).", DefaultValueFactory = _ => 5000 };
        var command = new Command("serve", "Build the site into a temporary folder (not public/), serve it on this machine and rebuild when files change.") { source, host, port };
        command.SetAction(async (parse, cancellation) =>
        {
            var hostValue = parse.GetValue(host)!;
            var portValue = parse.GetValue(port);
            if (!DevServer.TryParseHost(hostValue, out _))
            {
                stderr.WriteLine($"arshjul: --host '{hostValue}' is not an IP address or 'localhost'; e.g. --host 127.0.0.1.");
                return ExitCodes.UsageError;
            }

            if (portValue is < 0 or > 65535)
            {
                stderr.WriteLine($"arshjul: --port {portValue} is not a port number (0–65535).");
                return ExitCodes.UsageError;
            }

            // No site at all: say so and how to start one, rather than serve nothing and wait.
            var sourceValue = parse.GetValue(source) ?? ".";
            if (!File.Exists(Path.Combine(sourceValue, SiteOptionsLoader.FileName)))
            {
                var missing = new DiagnosticBag();
                SiteOptionsLoader.Load(sourceValue, missing);
                DiagnosticPrinter.Print(missing.ToSortedList(), stderr);
                return ExitCodes.ContentErrors;
            }

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            using var onTerminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                stop.Cancel();
            });
            await using var server = new DevServer(new DevServerOptions
            {
                Source = sourceValue,
                Host = hostValue,
                Port = portValue,
                Log = stderr,
            });
            try
            {
                Uri address;
                try
                {
                    address = await server.StartAsync(stop.Token);
                }
                catch (IOException e)
                {
                    stderr.WriteLine($"arshjul: cannot listen on {hostValue}:{portValue}: {e.Message}");
                    stderr.WriteLine("Another program may be using the port; choose another with --port.");
                    return ExitCodes.UsageError;
                }

                stdout.WriteLine($"Serving {address} (Ctrl+C to stop)");
                stdout.Flush();
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C.
                }

                await server.StopAsync();
                stdout.WriteLine("Stopped.");
                return ExitCodes.Success;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        });
        return command;
    }
}
