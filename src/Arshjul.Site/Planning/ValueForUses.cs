namespace Arshjul.Site.Planning;

/// <summary>
/// A value that several outputs render from, made by the first of them and let go after the last, so a
/// plan that lives to the end of a build does not keep it to the end. Uses past the count (a test that
/// renders an output twice) make it again: the count decides memory, never what is rendered.
/// </summary>
/// <param name="make">Makes the value; called under a lock, so the outputs sharing it wait for one make.</param>
/// <param name="uses">How many outputs render from it.</param>
public sealed class ValueForUses<T>(Func<T> make, int uses)
    where T : class
{
    private readonly Lock _gate = new();
    private T? _value;
    private int _left = uses;

    public T Take()
    {
        lock (_gate)
        {
            var value = _value ?? make();
            _value = --_left > 0 ? value : null;
            return value;
        }
    }
}
