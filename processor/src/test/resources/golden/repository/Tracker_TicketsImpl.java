package com.example.track;

import io.dynamap.runtime.page.Page;
import io.dynamap.runtime.page.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Implements {@link Tracker.Tickets} on {@link TicketRepository}: each method is a query, scan, read or delete checked against {@link Ticket}'s keys and indexes when it was compiled.
 *
 * <p>Thread-safe; create one per table and share it.
 */
@Generated("io.dynamap.processor.DynamapProcessor")
public final class Tracker_TicketsImpl implements Tracker.Tickets {
    private final TicketRepository repository;

    /**
     * Reads the table {@code Tickets} declared by {@code @Table}.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     */
    public Tracker_TicketsImpl(DynamoDbClient client) {
        this(new TicketRepository(client));
    }

    /**
     * Reads a table of another name, for example one per environment.
     *
     * @param client the client to call, usually from {@code DynamapClients}
     * @param tableName the physical table name
     */
    public Tracker_TicketsImpl(DynamoDbClient client, String tableName) {
        this(new TicketRepository(client, tableName));
    }

    /**
     * Reads through an existing repository, sharing its client and table.
     *
     * @param repository the generated repository of {@link Ticket}
     */
    public Tracker_TicketsImpl(TicketRepository repository) {
        this.repository = Objects.<TicketRepository>requireNonNull(repository, "repository");
    }

    @Override
    public Stream<Ticket> findByProject(String project) {
        return this.repository.query(TicketKeys.partition(project)).stream();
    }

    @Override
    public Optional<Ticket> findByProjectAndNumber(String project, long number) {
        return this.repository.get(project, number);
    }

    @Override
    public Ticket getByProjectAndNumber(String project, long number) {
        return this.repository.get(project, number).orElse(null);
    }

    @Override
    public List<Ticket> findByProjectAndNumberBetween(String project, long from, long to) {
        return this.repository.query(TicketKeys.partition(project).number().between(from, to)).stream().toList();
    }

    @Override
    public Stream<Ticket> findByProjectAndTitleStartingWith(String project, String prefix) {
        return this.repository.query(TicketKeys.byTitle(project).title().beginsWith(prefix)).stream();
    }

    @Override
    public Stream<Ticket> readByProject(String project) {
        return this.repository.query(TicketKeys.byTitle(project)).stream();
    }

    @Override
    public Page<Ticket> findByAssigneeOrderByUpdatedAtDesc(String assignee, PageRequest page) {
        return this.repository.query(TicketKeys.byAssignee(assignee)).descending().page(page);
    }

    @Override
    public Stream<Ticket> findByAssigneeAndUpdatedAtAfterAndOpenTrue(String who, Instant since) {
        return this.repository.query(TicketKeys.byAssignee(who).updatedAt().gt(since)).filter(TicketAttributes.open.eq(true)).stream();
    }

    @Override
    public Stream<Ticket> findByProjectAndLabelsContainingAndResolutionNull(String p, String l) {
        return this.repository.query(TicketKeys.partition(p)).filter(TicketAttributes.labels.contains(l)).filter(TicketAttributes.resolution.notExists()).stream();
    }

    @Override
    public Optional<Ticket> findByProjectAndNumberAndOpenFalse(String project, long number) {
        return this.repository.query(TicketKeys.partition(project).number().eq(number)).filter(TicketAttributes.open.eq(false)).stream().findFirst();
    }

    @Override
    public Optional<Ticket> findFirstByProjectAndOpenTrueOrderByNumberDesc(String project) {
        return this.repository.query(TicketKeys.partition(project)).filter(TicketAttributes.open.eq(true)).descending().limit(1L).stream().findFirst();
    }

    @Override
    public List<Ticket> findByProjectAndTitleIn(String project, Collection<String> titles) {
        return this.repository.query(TicketKeys.partition(project)).filter(TicketAttributes.title.in(titles)).stream().toList();
    }

    @Override
    public long countByAssignee(String assignee) {
        return this.repository.query(TicketKeys.byAssignee(assignee)).count();
    }

    @Override
    public boolean existsByProjectAndNumber(String project, long number) {
        return this.repository.get(project, number).isPresent();
    }

    @Override
    public boolean existsByProjectAndOpenTrue(String project) {
        return this.repository.query(TicketKeys.partition(project)).filter(TicketAttributes.open.eq(true)).limit(1).stream().findFirst().isPresent();
    }

    @Override
    public void deleteByProjectAndNumber(String project, long number) {
        this.repository.delete(project, number);
    }

    @Override
    public long deleteByProjectAndOpenFalse(String project) {
        return this.repository.deleteAll(this.repository.query(TicketKeys.partition(project)).filter(TicketAttributes.open.eq(false)));
    }

    @Override
    public Stream<Ticket> scanAll() {
        return this.repository.scan().stream();
    }

    @Override
    public List<Ticket> scanTop5ByOpenTrueAndTitleContaining(String word) {
        return this.repository.scan().filter(TicketAttributes.open.eq(true)).filter(TicketAttributes.title.contains(word)).limit(5L).stream().toList();
    }

    @Override
    public Page<Ticket> scanByLabelsNotContaining(String label, PageRequest page) {
        return this.repository.scan().filter(TicketAttributes.labels.contains(label).not()).page(page);
    }
}
