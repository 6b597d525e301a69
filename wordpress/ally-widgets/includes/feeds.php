<?php
/**
 * Group lists (CSV or JSON) from the Media Library, at addresses that do not change:
 *   /wp-json/ally-widgets/v1/feeds/<attachment id>   that file, whatever it is renamed or replaced with
 *   /wp-json/ally-widgets/v1/groups                  the site's list, chosen on the settings page
 * Choosing another file on the settings page changes what the second address serves, not the
 * address, so every group finder on the site shows the new list. Users who may upload files may
 * upload `.json` lists too (WordPress allows `.csv` already).
 *
 * @package AllyWidgets
 */

namespace Ally_Widgets;

defined( 'ABSPATH' ) || exit;

const FEED_TYPES = array(
	'csv'  => 'text/csv',
	'json' => 'application/json',
);

/**
 * The stable address of an attachment's list, or (with 0) the base the editor appends an id to.
 *
 * @param int $attachment_id The attachment.
 */
function feed_url( int $attachment_id ): string {
	return rest_url( 'ally-widgets/v1/feeds/' . ( $attachment_id ? $attachment_id : '' ) );
}

/**
 * The stable address of the site's list.
 */
function site_feed_url(): string {
	return rest_url( 'ally-widgets/v1/groups' );
}

/**
 * Whether an attachment is a list the group finder can read.
 *
 * @param int $attachment_id The attachment.
 */
function is_feed_attachment( int $attachment_id ): bool {
	return $attachment_id > 0
		&& 'attachment' === get_post_type( $attachment_id )
		&& in_array( get_post_mime_type( $attachment_id ), FEED_TYPES, true );
}

/**
 * Registers the two routes.
 */
function register_feed_routes(): void {
	register_rest_route(
		'ally-widgets/v1',
		'/feeds/(?P<id>\d+)',
		array(
			'methods'             => 'GET',
			'callback'            => static fn( $request ) => feed_response( absint( $request['id'] ) ),
			'permission_callback' => '__return_true',
		)
	);
	register_rest_route(
		'ally-widgets/v1',
		'/groups',
		array(
			'methods'             => 'GET',
			'callback'            => static fn() => feed_response( defaults()['feed'] ),
			'permission_callback' => '__return_true',
		)
	);
	add_filter( 'rest_pre_serve_request', __NAMESPACE__ . '\serve_feed', 10, 4 );
}

/**
 * The response for a list: its file's path (sent as is by serve_feed()), or a 404.
 *
 * @param int $attachment_id The attachment.
 * @return \WP_REST_Response|\WP_Error
 */
function feed_response( int $attachment_id ) {
	$file = is_feed_attachment( $attachment_id ) ? get_attached_file( $attachment_id ) : false;
	if ( ! $file || ! is_readable( $file ) ) {
		return new \WP_Error( 'ally_widgets_no_feed', __( 'No such list of groups.', 'ally-widgets' ), array( 'status' => 404 ) );
	}
	$response = new \WP_REST_Response( array( 'ally_widgets_feed' => $file ) );
	$response->header( 'Content-Type', get_post_mime_type( $attachment_id ) . '; charset=utf-8' );
	$response->header( 'X-Content-Type-Options', 'nosniff' );
	$response->header( 'Cache-Control', 'public, max-age=60' );
	$response->header( 'Last-Modified', gmdate( 'D, d M Y H:i:s', (int) filemtime( $file ) ) . ' GMT' );
	return $response;
}

/**
 * Sends a list's file itself instead of JSON about it.
 *
 * @param bool              $served  Whether the request was already served.
 * @param mixed             $result  The response.
 * @param \WP_REST_Request  $request The request.
 * @param \WP_REST_Server   $server  The server (unused).
 */
function serve_feed( $served, $result, $request, $server ): bool { // phpcs:ignore Generic.CodeAnalysis.UnusedFunctionParameter.FoundAfterLastUsed
	if ( $served || ! $result instanceof \WP_REST_Response || ! str_starts_with( $request->get_route(), '/ally-widgets/v1/' ) ) {
		return (bool) $served;
	}
	$data = $result->get_data();
	if ( ! is_array( $data ) || empty( $data['ally_widgets_feed'] ) ) {
		return (bool) $served;
	}
	if ( 'HEAD' !== $request->get_method() ) {
		readfile( $data['ally_widgets_feed'] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_readfile -- the attachment's own file.
	}
	return true;
}

/**
 * Lets users who may upload files upload JSON lists.
 *
 * @param array                 $mimes Allowed types by extension.
 * @param int|\WP_User|null     $user  The user, or null for the current one.
 */
function allow_feed_uploads( array $mimes, $user = null ): array {
	$can = $user ? user_can( $user, 'upload_files' ) : current_user_can( 'upload_files' );
	if ( $can ) {
		$mimes['csv']  = FEED_TYPES['csv'];
		$mimes['json'] = FEED_TYPES['json'];
	}
	return $mimes;
}

/**
 * Accepts a `.json` upload whose content the server reads as JSON or plain text (WordPress would
 * refuse the mismatch), for users who may upload files; anything else is left to WordPress.
 *
 * @param array  $data     What WordPress found: ext, type, proper_filename.
 * @param string $file     The uploaded file's path.
 * @param string $filename Its name.
 */
function check_feed_upload( array $data, $file, $filename ): array {
	if ( ! empty( $data['ext'] ) || 'json' !== strtolower( pathinfo( (string) $filename, PATHINFO_EXTENSION ) ) || ! current_user_can( 'upload_files' ) ) {
		return $data;
	}
	$real = function_exists( 'finfo_file' ) && is_readable( (string) $file ) ? finfo_file( finfo_open( FILEINFO_MIME_TYPE ), (string) $file ) : 'text/plain';
	if ( in_array( $real, array( 'application/json', 'text/plain' ), true ) ) {
		$data['ext']  = 'json';
		$data['type'] = FEED_TYPES['json'];
	}
	return $data;
}
