<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * The MWS sections the sandbox serves: their paths, Version, seller parameter, response namespace
 * and the actions it implements.
 */
final class Section
{
    private const SECTIONS = [
        'Reports' => [
            'version' => '2009-01-01',
            'seller' => 'Merchant',
            'namespace' => 'http://mws.amazonaws.com/doc/2009-01-01/',
            'actions' => [
                'ManageReportSchedule', 'RequestReport', 'GetReportRequestList', 'GetReportRequestListByNextToken',
                'GetReportList', 'GetReportListByNextToken', 'GetReport', 'UpdateReportAcknowledgements',
            ],
        ],
        'Feeds' => [
            'version' => '2009-01-01',
            'seller' => 'Merchant',
            'namespace' => 'http://mws.amazonaws.com/doc/2009-01-01/',
            'actions' => [
                'SubmitFeed', 'GetFeedSubmissionList', 'GetFeedSubmissionListByNextToken', 'GetFeedSubmissionResult',
            ],
        ],
        'Orders' => [
            'version' => '2013-09-01',
            'seller' => 'SellerId',
            'namespace' => 'https://mws.amazonservices.com/Orders/2013-09-01',
            'actions' => ['ListOrders', 'ListOrdersByNextToken', 'ListOrderItems', 'ListOrderItemsByNextToken'],
        ],
    ];

    /** Paths MWS accepts, with the sections served there: Reports and Feeds are also served at "/". */
    private const PATHS = [
        '/' => ['Reports', 'Feeds'],
        '/Reports/2009-01-01' => ['Reports'],
        '/Feeds/2009-01-01' => ['Feeds'],
        '/Orders/2013-09-01' => ['Orders'],
    ];

    private function __construct(
        public readonly string $name,
        public readonly string $version,
        public readonly string $sellerParameter,
        public readonly string $namespace,
    ) {
    }

    public static function isKnownPath(string $path): bool
    {
        return isset(self::PATHS[$path]);
    }

    /** Returns the namespace of responses at $path (the Reports one for an unknown path). */
    public static function namespaceOfPath(string $path): string
    {
        $section = self::PATHS[$path][0] ?? 'Reports';

        return self::SECTIONS[$section]['namespace'];
    }

    /** Finds the section serving $action at $path, or null when $action is not served there. */
    public static function find(string $path, string $action): ?self
    {
        foreach (self::PATHS[$path] ?? [] as $name) {
            $section = self::SECTIONS[$name];
            if (in_array($action, $section['actions'], true)) {
                return new self($name, $section['version'], $section['seller'], $section['namespace']);
            }
        }

        return null;
    }
}
