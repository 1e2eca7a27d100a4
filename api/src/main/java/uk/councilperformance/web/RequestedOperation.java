package uk.councilperformance.web;

import java.util.List;
import java.util.Optional;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

/**
 * Which kind of operation (query, mutation, subscription) a document and operation name ask for.
 * Empty when that cannot be told (bad syntax, no such operation, several and none named): the GraphQL
 * engine then reports the error in the usual way.
 */
final class RequestedOperation {

    private RequestedOperation() {
    }

    static Optional<OperationDefinition.Operation> of(String document, String operationName) {
        Document parsed;
        try {
            parsed = Parser.parse(document);
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
        List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
        if (operationName != null && !operationName.isEmpty()) {
            return operations.stream()
                    .filter(operation -> operationName.equals(operation.getName()))
                    .findFirst()
                    .map(OperationDefinition::getOperation);
        }
        return operations.size() == 1 ? Optional.of(operations.get(0).getOperation()) : Optional.empty();
    }
}
