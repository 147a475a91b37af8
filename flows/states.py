"""How factlint's flow runs end: in the gate's state, with the run as the state's data, and no
crash-like traceback in a worker's or served run's logs when the gate fails (an ordinary outcome)."""

from __future__ import annotations

import logging
from typing import TypeVar

from prefect.client.schemas.objects import State
from prefect.states import Failed

T = TypeVar("T")

# The loggers of the engine's two last-resort handlers (prefect.flow_engine.run_flow, prefect.engine).
ENGINE_LOGGERS = ("prefect.flow_runs", "prefect.engine")


class GateFailed(Exception):
    """The data of a flow run's Failed state when the gate failed: the message, and the run's
    result for a caller that ran the flow in its own process (``data_of``)."""

    def __init__(self, message: str, result: object = None):
        super().__init__(message)
        self.result = result

    def __reduce__(self):  # pickled with its result (Prefect may persist a state's data)
        return (GateFailed, (str(self), self.result))


def failed(message: str, result: object) -> State:
    """A Failed state for a failed gate, carrying ``result``."""
    return Failed(data=GateFailed(message, result), message=message)


class FailedRunFilter(logging.Filter):
    """Drops a log record whose exception is a failed gate's ``GateFailed``: what Prefect's engine
    raises (the Failed state's data), and logs with a 40-line traceback as "exited with unexpected
    exception", when a flow run in its own process (a worker's, ``serve``'s) *returns* that state.
    The run's state keeps its message, and the engine's "Finished in state Failed('...')" line
    already says it. Any other exception keeps its traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, GateFailed)


def quiet_failed_runs() -> None:
    """Install ``FailedRunFilter`` on the engine's loggers, once per process (called when a flow
    module is imported, which is what a worker's engine process does before running the flow)."""
    for name in ENGINE_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, FailedRunFilter) for f in logger.filters):
            logger.addFilter(FailedRunFilter())


def data_of(state: State, kind: type[T]) -> T:
    """The ``kind`` object a flow run called with ``return_state=True`` carries as its state's data
    (Completed or Failed alike: a failed gate still has its run); a run that raised re-raises its
    exception here."""
    result = state.result(raise_on_failure=False)
    if isinstance(result, GateFailed):
        result = result.result
    elif isinstance(result, BaseException):
        raise result
    if not isinstance(result, kind):
        raise RuntimeError(f"flow run ended {state.type.value} without a {kind.__name__}: {state.message}")
    return result
