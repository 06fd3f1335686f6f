namespace Compensation.Testing; internal static class Placeholder { }
