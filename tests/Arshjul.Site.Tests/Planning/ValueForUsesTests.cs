using Arshjul.Site.Planning;

namespace Arshjul.Site.Tests.Planning;

/// <summary>A value several outputs share is made once for all of them and let go after the last.</summary>
public sealed class ValueForUsesTests
{
    [Fact]
    public void TwoUses_MakeItOnce_WhicheverThreadComesFirst()
    {
        var made = 0;
        var value = new ValueForUses<object>(() =>
        {
            Interlocked.Increment(ref made);
            Thread.Sleep(50);
            return new object();
        }, uses: 2);

        var taken = new object[2];
        Parallel.For(0, 2, i => taken[i] = value.Take());

        Assert.Equal(1, made);
        Assert.Same(taken[0], taken[1]);
    }

    [Fact]
    public void AfterTheLastUse_ItIsLetGo_AndAnotherUseMakesItAgain()
    {
        var made = new List<WeakReference<object>>();
        var value = new ValueForUses<object>(() =>
        {
            var fresh = new object();
            made.Add(new WeakReference<object>(fresh));
            return fresh;
        }, uses: 2);

        TakeTwice(value);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.False(made[0].TryGetTarget(out _), "the value outlived its last use");
        Assert.NotNull(value.Take());
        Assert.Equal(2, made.Count);
    }

    // Out of line, so no local of the test method keeps the value alive under a debugger's or the JIT's lifetimes.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void TakeTwice(ValueForUses<object> value)
    {
        Assert.Same(value.Take(), value.Take());
    }
}
