"""What a study refers to: SSB's municipality registries, the national schemes, the interview guides and the
study's settings."""
