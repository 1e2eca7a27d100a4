package uk.councilperformance.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers already given, by request, each with the data version it was made from; bounded by bytes, the least
 * recently used going first. An answer is only ever given again while the data version is unchanged.
 */
final class KeptAnswers {

    /** One answer as it was sent: status, content type, the headers the application set, and the body. */
    record Answer(String dataVersion, int status, String contentType, List<Map.Entry<String, String>> headers, byte[] body,
                  String etag) {

        long size() {
            return body.length + 64L * (headers.size() + 4);
        }
    }

    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);

    KeptAnswers(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The largest single answer worth keeping: one answer may not push out most of the others, and the few
     * answers of several megabytes (a whole council's plans for the publisher) are asked for once per publish.
     */
    long largestKept() {
        return maxBytes / 32;
    }

    synchronized Answer get(String request, String dataVersion) {
        Answer answer = answers.get(request);
        if (answer != null && !answer.dataVersion().equals(dataVersion)) {
            remove(request);
            return null;
        }
        return answer;
    }

    synchronized void put(String request, Answer answer) {
        long size = answer.size() + request.length() * 2L;
        if (size > largestKept()) {
            return;
        }
        remove(request);
        answers.put(request, answer);
        bytes += size;
        var eldest = answers.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Answer> e = eldest.next();
            bytes -= e.getValue().size() + e.getKey().length() * 2L;
            eldest.remove();
        }
    }

    synchronized int size() {
        return answers.size();
    }

    private void remove(String request) {
        Answer old = answers.remove(request);
        if (old != null) {
            bytes -= old.size() + request.length() * 2L;
        }
    }
}
