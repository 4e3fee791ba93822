package dev.wanr2v.examples.spring;

import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.R2vException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** wan-r2v's typed errors as RFC 9457 problem details; the messages already say what to change. */
@RestControllerAdvice
class R2vErrors {

    @ExceptionHandler(R2vException.class)
    ProblemDetail handle(R2vException e) {
        HttpStatus status = switch (e.category()) {
            case INVALID_REQUEST, CONFIGURATION, UNSUPPORTED -> HttpStatus.BAD_REQUEST;
            case CONTENT_REJECTED, TASK_FAILED, TASK_CANCELED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case TASK_EXPIRED -> HttpStatus.GONE;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case AWAIT_TIMEOUT, TIMEOUT -> HttpStatus.GATEWAY_TIMEOUT;
            case INTERRUPTED -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.BAD_GATEWAY;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(e.category().name());
        if (e instanceof InvalidRequestException invalid) {
            problem.setProperty("rules", invalid.ruleIds());
        }
        return problem;
    }
}
