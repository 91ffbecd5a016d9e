export declare function plainThread(bytes?: number): string;
export declare function gmailThread(bytes?: number): string;
export declare function webmailPage(bytes?: number): string;
