"""Python rules: one module per rule. Each module defines one ``Rule`` (via
``@rule``) whose docstring is the rule's user documentation. The registry
(``citelint.engine.python_rules``) finds them; a test checks every code in
the catalog is here with docs and pass/fail fixtures."""
