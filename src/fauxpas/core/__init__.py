"""The pure core: typed cases, verdicts, text handling, the policy and the engine."""
