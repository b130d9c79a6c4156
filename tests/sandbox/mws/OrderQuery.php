<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * The filters of ListOrders, checked as MWS checks them. It takes exactly one of CreatedAfter
 * and LastUpdatedAfter, each "before" date only with its "after" date, and no date later than 2
 * minutes before now. It needs at least one MarketplaceId.Id.N, known OrderStatus.Status.N
 * values with Unshipped and PartiallyShipped given together, and MaxResultsPerPage from 1 to 100
 * (default 100). Date bounds are inclusive.
 */
final class OrderQuery
{
    public function __construct(private readonly int $now)
    {
    }

    /**
     * @return array{by: string, after: int, before: int, marketplaces: list<string>, statuses: list<string>,
     *               size: int}
     * @throws MwsError
     */
    public function fromParameters(Parameters $parameters): array
    {
        $createdAfter = $parameters->date('CreatedAfter');
        $updatedAfter = $parameters->date('LastUpdatedAfter');
        if ($createdAfter === null && $updatedAfter === null) {
            throw MwsError::missingParameter('CreatedAfter or LastUpdatedAfter');
        }
        if ($createdAfter !== null && $updatedAfter !== null) {
            throw MwsError::invalidValue(
                'LastUpdatedAfter',
                (string) $parameters->optional('LastUpdatedAfter'),
                'no value when CreatedAfter is given',
            );
        }
        $by = $createdAfter !== null ? 'created' : 'updated';
        [$afterName, $beforeName, $otherBefore] = $by === 'created'
            ? ['CreatedAfter', 'CreatedBefore', 'LastUpdatedBefore']
            : ['LastUpdatedAfter', 'LastUpdatedBefore', 'CreatedBefore'];
        if ($parameters->optional($otherBefore) !== null) {
            throw MwsError::invalidValue(
                $otherBefore,
                (string) $parameters->optional($otherBefore),
                "no value when $afterName is given",
            );
        }

        $latest = $this->now - OrdersHandler::LATEST_OFFSET_SECONDS;
        $after = (int) ($createdAfter ?? $updatedAfter);
        $before = $parameters->date($beforeName) ?? $latest;
        $this->checkNotTooLate($parameters, $afterName, $after, $latest);
        $this->checkNotTooLate($parameters, $beforeName, $before, $latest);
        if ($after > $before) {
            throw MwsError::invalidValue(
                $afterName,
                (string) $parameters->optional($afterName),
                "a date before $beforeName",
            );
        }

        $marketplaces = $parameters->members('MarketplaceId.Id');
        if ($marketplaces === []) {
            throw MwsError::missingParameter('MarketplaceId.Id.1');
        }

        return [
            'by' => $by,
            'after' => $after,
            'before' => $before,
            'marketplaces' => $marketplaces,
            'statuses' => self::statuses($parameters),
            'size' => $parameters->integer('MaxResultsPerPage', 100, 1, 100),
        ];
    }

    /**
     * @param array<string, mixed> $order
     * @param array<string, mixed> $query
     */
    public static function matches(array $order, array $query): bool
    {
        $date = Dates::parse($query['by'] === 'created' ? $order['PurchaseDate'] : $order['LastUpdateDate']);

        return $date >= $query['after'] && $date <= $query['before']
            && in_array($order['MarketplaceId'], $query['marketplaces'], true)
            && ($query['statuses'] === [] || in_array($order['OrderStatus'], $query['statuses'], true));
    }

    private function checkNotTooLate(Parameters $parameters, string $name, int $value, int $latest): void
    {
        if ($value > $latest) {
            throw MwsError::invalidValue(
                $name,
                (string) $parameters->optional($name),
                'a date at least 2 minutes before the request time, ' . Dates::orders($latest) . ' or earlier',
            );
        }
    }

    /** @return list<string> */
    private static function statuses(Parameters $parameters): array
    {
        $statuses = $parameters->members('OrderStatus.Status');
        foreach ($statuses as $status) {
            if (!in_array($status, OrdersHandler::ORDER_STATUSES, true)) {
                $known = implode(', ', OrdersHandler::ORDER_STATUSES);

                throw MwsError::invalidValue('OrderStatus.Status.N', $status, "one of $known");
            }
        }
        if (in_array('Unshipped', $statuses, true) !== in_array('PartiallyShipped', $statuses, true)) {
            throw MwsError::invalidValue(
                'OrderStatus.Status.N',
                implode(',', $statuses),
                'Unshipped and PartiallyShipped together (MWS accepts neither alone)',
            );
        }

        return $statuses;
    }
}
