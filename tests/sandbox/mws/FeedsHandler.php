<?php

declare(strict_types=1);

namespace PwaPresta\Tests\Sandbox\Mws;

/**
 * SubmitFeed, GetFeedSubmissionList (+ByNextToken) and GetFeedSubmissionResult over the state
 * document "feeds" and the blobs feeds/<FeedSubmissionId>.xml (the body exactly as received).
 *
 * Each feed takes the first plan of "feed_plans" when it is submitted: the number of polls it
 * stays _IN_PROGRESS_ and an optional failure of one message. A poll is a list or result call
 * that names the feed; the poll after the planned ones finds it _DONE_.
 */
final class FeedsHandler implements ActionHandler
{
    private const DEFAULT_PAGE_SIZE = 10;

    public function __construct(private readonly StateStore $state, private readonly int $now)
    {
    }

    public function handle(string $action, MwsRequest $request, Section $section, string $requestId): MwsResponse
    {
        $parameters = new Parameters($request->parameters);

        return match ($action) {
            'SubmitFeed' => $this->submit($request, $parameters, $section, $requestId),
            'GetFeedSubmissionList', 'GetFeedSubmissionListByNextToken' =>
                $this->submissionList($action, $parameters, $section, $requestId),
            'GetFeedSubmissionResult' => $this->result($parameters),
        };
    }

    private function submit(
        MwsRequest $request,
        Parameters $parameters,
        Section $section,
        string $requestId,
    ): MwsResponse {
        $feedType = $parameters->required('FeedType');
        if (preg_match('/^_[A-Z0-9_]+_$/', $feedType) !== 1) {
            throw MwsError::invalidValue('FeedType', $feedType, 'a feed type such as _POST_ORDER_FULFILLMENT_DATA_');
        }
        FeedIntegrity::check($request, $parameters);

        $plans = $this->state->read('feed_plans');
        $plan = array_shift($plans) ?? ['in_progress_polls' => 0, 'failure' => null];
        $this->state->write('feed_plans', $plans);
        $content = FeedContent::inspect($feedType, $request->body);
        $id = (string) $this->state->nextNumber('feed_submission_id', 50001000001);
        $info = [
            'FeedSubmissionId' => $id,
            'FeedType' => $feedType,
            'SubmittedDate' => Dates::reports($this->now),
            'FeedProcessingStatus' => '_SUBMITTED_',
        ];
        $this->state->writeBlob("feeds/$id.xml", $request->body);
        $feeds = $this->state->read('feeds');
        $feeds[] = [
            'info' => $info,
            'merchant' => $parameters->required('Merchant'),
            'marketplaces' => $parameters->members('MarketplaceIdList.Id'),
            'pending_polls' => (int) $plan['in_progress_polls'],
            'failure' => $plan['failure'],
            'problem' => $content['problem'],
            'messages' => $content['messages'],
            'amazon_order_ids' => $content['amazon_order_ids'],
        ];
        $this->state->write('feeds', $feeds);

        return XmlResponse::success($section->namespace, 'SubmitFeed', $requestId, [
            'FeedSubmissionInfo' => $info,
        ]);
    }

    private function submissionList(
        string $action,
        Parameters $parameters,
        Section $section,
        string $requestId,
    ): MwsResponse {
        $tokens = new NextTokens($this->state);
        if ($action === 'GetFeedSubmissionListByNextToken') {
            [$query, $offset] = $tokens->redeem('GetFeedSubmissionList', $parameters->required('NextToken'));
        } else {
            $query = [
                'ids' => $parameters->members('FeedSubmissionIdList.Id'),
                'types' => $parameters->members('FeedTypeList.Type'),
                'statuses' => $parameters->members('FeedProcessingStatusList.Status'),
                'size' => $parameters->integer('MaxCount', self::DEFAULT_PAGE_SIZE, 1, 100),
            ];
            $offset = 0;
        }
        $feeds = $this->state->read('feeds');
        $listed = [];
        foreach (array_reverse(array_keys($feeds)) as $index) {
            $info = $feeds[$index]['info'];
            if (($query['ids'] === [] || in_array($info['FeedSubmissionId'], $query['ids'], true))
                && ($query['types'] === [] || in_array($info['FeedType'], $query['types'], true))) {
                $feeds[$index] = $this->poll($feeds[$index]);
                $listed[] = $feeds[$index]['info'];
            }
        }
        $this->state->write('feeds', $feeds);
        $listed = array_values(array_filter(
            $listed,
            fn (array $info): bool => $query['statuses'] === []
                || in_array($info['FeedProcessingStatus'], $query['statuses'], true),
        ));
        [$page, $next] = $tokens->page('GetFeedSubmissionList', $listed, $query, $offset, $query['size']);

        return XmlResponse::success($section->namespace, $action, $requestId, [
            'NextToken' => $next,
            'HasNext' => $next !== null,
            'FeedSubmissionInfo' => $page,
        ]);
    }

    private function result(Parameters $parameters): MwsResponse
    {
        $id = $parameters->required('FeedSubmissionId');
        $feeds = $this->state->read('feeds');
        foreach ($feeds as $index => $feed) {
            if ($feed['info']['FeedSubmissionId'] !== $id) {
                continue;
            }
            $feeds[$index] = $this->poll($feed);
            $this->state->write('feeds', $feeds);
            if ($feeds[$index]['info']['FeedProcessingStatus'] !== '_DONE_') {
                throw new MwsError(
                    404,
                    'Sender',
                    'FeedProcessingResultNotReady',
                    "Feed Submission Result is not ready for Feed $id",
                );
            }

            return MwsResponse::document(ProcessingReport::write($feeds[$index]));
        }

        throw MwsError::invalidValue('FeedSubmissionId', $id, 'the FeedSubmissionId of a submitted feed');
    }

    /**
     * Advances a feed by one poll: _IN_PROGRESS_ while planned polls remain, then _DONE_.
     *
     * @param array<string, mixed> $feed
     * @return array<string, mixed>
     */
    private function poll(array $feed): array
    {
        $info = &$feed['info'];
        if ($info['FeedProcessingStatus'] === '_DONE_') {
            return $feed;
        }
        $info['StartedProcessingDate'] ??= Dates::reports($this->now);
        if ($feed['pending_polls'] > 0) {
            $feed['pending_polls']--;
            $info['FeedProcessingStatus'] = '_IN_PROGRESS_';

            return $feed;
        }
        $info['FeedProcessingStatus'] = '_DONE_';
        $info['CompletedProcessingDate'] = Dates::reports($this->now);

        return $feed;
    }
}
