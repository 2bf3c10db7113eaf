"""The problem-issue register: classifiers, responsible bodies, issues and deadlines."""
