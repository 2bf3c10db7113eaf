"""The decree's rules, kept as data: editions, compliance and the planner."""
