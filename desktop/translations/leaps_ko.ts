<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name></name>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Year started</source>
        <translation>시작 연도</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>정부 수준</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>위도</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>경도</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>SDG</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>검수 상태</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>작동 방식</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>필요 조건</translation>
    </message>
    <message>
        <source>Core or adaptable</source>
        <translation>핵심 또는 조정 가능</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>인용 정보</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>번역</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Local title</source>
        <translation>현지어 제목</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>접근 방식</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>성과</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>교훈</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>협력 기관</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>가져온 곳</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>외부 ID</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>저작자 표시</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>출처 간 불일치</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 문서 (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 텍스트 (*.odt)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>웹 페이지 (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>태국어</translation>
    </message>
    <message>
        <source>Hindi and Marathi (Devanagari)</source>
        <translation>힌디어·마라티어(데바나가리 문자)</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>말라얄람어</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{pages}쪽 중 {page}쪽</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>core</source>
        <translation>핵심</translation>
    </message>
    <message>
        <source>adaptable</source>
        <translation>조정 가능</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>인구</translation>
    </message>
    <message>
        <source>Density (people per km²)</source>
        <translation>인구 밀도(명/km²)</translation>
    </message>
    <message>
        <source>Powers</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Budget band</source>
        <translation>예산 규모</translation>
    </message>
    <message>
        <source>Digital readiness</source>
        <translation>디지털 준비도</translation>
    </message>
    <message>
        <source>Data readiness</source>
        <translation>데이터 준비도</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>통신 환경</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>교통</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>시민 참여</translation>
    </message>
    <message>
        <source>Digital government</source>
        <translation>디지털 정부</translation>
    </message>
    <message>
        <source>Climate</source>
        <translation>기후</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>폐기물</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>물</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>보건</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>주거</translation>
    </message>
    <message>
        <source>Public space</source>
        <translation>공공 공간</translation>
    </message>
    <message>
        <source>Urban planning</source>
        <translation>도시 계획</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>경제</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>포용</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>안전</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>투명성</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>교육</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>에너지</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>공유</translation>
    </message>
    <message>
        <source>Service delivery</source>
        <translation>공공 서비스 제공</translation>
    </message>
    <message>
        <source>East Asia</source>
        <translation>동아시아</translation>
    </message>
    <message>
        <source>South-East Asia</source>
        <translation>동남아시아</translation>
    </message>
    <message>
        <source>South Asia</source>
        <translation>남아시아</translation>
    </message>
    <message>
        <source>Central Asia</source>
        <translation>중앙아시아</translation>
    </message>
    <message>
        <source>West Asia</source>
        <translation>서아시아</translation>
    </message>
    <message>
        <source>Pacific</source>
        <translation>태평양</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>아프리카</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>유럽</translation>
    </message>
    <message>
        <source>Latin America and the Caribbean</source>
        <translation>라틴아메리카·카리브</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>북아메리카</translation>
    </message>
    <message>
        <source>member</source>
        <translation>구성원</translation>
    </message>
    <message>
        <source>curator</source>
        <translation>큐레이터</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Legal constraints</source>
        <translation>법적 제약</translation>
    </message>
    <message>
        <source>Partners available</source>
        <translation>협력 가능 기관</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <source>Source case</source>
        <translation>원본 사례</translation>
    </message>
    <message>
        <source>This plan does not adapt a catalogued case.</source>
        <translation>이 계획은 카탈로그에 있는 사례를 바탕으로 하지 않습니다.</translation>
    </message>
    <message>
        <source>Summary ({language} original):</source>
        <translation>요약 ({language} 원문):</translation>
    </message>
    <message>
        <source>Citation or address</source>
        <translation>인용 정보 또는 주소</translation>
    </message>
    <message>
        <source>As published ({language} original)</source>
        <translation>게시된 그대로 ({language} 원문)</translation>
    </message>
    <message>
        <source>{risk} (flagged by the fit check)</source>
        <translation>{risk} (적합성 점검에서 표시됨)</translation>
    </message>
    <message>
        <source>Decision: {decision}</source>
        <translation>결정: {decision}</translation>
    </message>
    <message>
        <source>Adaptation: {adaptation}</source>
        <translation>현지화 방법: {adaptation}</translation>
    </message>
    <message>
        <source>Rationale: {rationale}</source>
        <translation>근거: {rationale}</translation>
    </message>
    <message>
        <source>Adaptations made</source>
        <translation>실행 중 조정</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Transfer intent</source>
        <translation>이전 방식</translation>
    </message>
    <message>
        <source>Degree: {degree}</source>
        <translation>이전 방식: {degree}</translation>
    </message>
    <message>
        <source>Context comparison</source>
        <translation>여건 비교</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Source city</source>
        <translation>원본 도시</translation>
    </message>
    <message>
        <source>Target city</source>
        <translation>대상 도시</translation>
    </message>
    <message>
        <source>Fit check</source>
        <translation>적합성 점검</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>메커니즘</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>전제 조건</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Context, mechanism, outcome</source>
        <translation>여건, 메커니즘, 성과</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>여건</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>성과</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>이해관계자</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>이해관계자</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>관심도</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>영향력</translation>
    </message>
    <message>
        <source>Citizen engagement</source>
        <translation>시민 참여</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>자원</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>인력</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>기술</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>위험 요소</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>위험 요소</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>발생 가능성</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>영향</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>완화 방안</translation>
    </message>
    <message>
        <source>Prototype design</source>
        <translation>프로토타입 설계</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Routine conditions</source>
        <translation>일상 운영 조건</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>성공 기준</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>Scaling path</source>
        <translation>확산 경로</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>아직 선택하지 않음</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>주요 일정</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>주요 일정</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>진행 내용</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Adaptation plan</source>
        <translation>현지화 계획</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>From</source>
        <translation>출발 도시</translation>
    </message>
    <message>
        <source>To</source>
        <translation>도입 도시</translation>
    </message>
    <message>
        <source>City profile deleted</source>
        <translation>도시 프로필 삭제됨</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>최종 수정</translation>
    </message>
    <message>
        <source>Monitoring report</source>
        <translation>모니터링 보고서</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>이전 현황</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>나란히 보기</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>≠ marks a field where the cases differ.</source>
        <translation>≠ 표시는 사례 사이에 내용이 다른 항목입니다.</translation>
    </message>
    <message>
        <source>Comparison of cases</source>
        <translation>사례 비교</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>메모: {note}</translation>
    </message>
    <message>
        <source>How practices spread</source>
        <translation>사례가 퍼져 나간 곳</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>도시 수</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>어디에</translation>
    </message>
    <message>
        <source>How far</source>
        <translation>진행 정도</translation>
    </message>
    <message>
        <source>Cities adapting each practice</source>
        <translation>사례별 적용 도시 수</translation>
    </message>
    <message>
        <source>Shortlist of cases</source>
        <translation>사례 후보 목록</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>{title} 인쇄</translation>
    </message>
    <message>
        <source>Chart of {indicator}</source>
        <translation>{indicator} 차트</translation>
    </message>
    <message>
        <source>{name}: baseline {baseline}, target {target}, latest {latest}</source>
        <translation>{name}: 기준값 {baseline}, 목표값 {target}, 최근 값 {latest}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>no readings yet</source>
        <translation>측정값 없음</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>No readings yet</source>
        <translation>아직 측정값이 없습니다</translation>
    </message>
    <message>
        <source>Add progress entry</source>
        <translation>진행 기록 추가</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>날짜(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>단계(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>진행 내용(&amp;W)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicator readings&lt;/b&gt; (leave a value empty to skip it)</source>
        <translation>&lt;b&gt;지표 측정값&lt;/b&gt; (건너뛸 값은 비워 두십시오)</translation>
    </message>
    <message>
        <source>Indicator readings</source>
        <translation>지표 측정값</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>&lt;b&gt;Adaptations since the last entry&lt;/b&gt;</source>
        <translation>&lt;b&gt;지난 기록 이후의 조정 사항&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{name}: {latest} of {target} {unit}</source>
        <translation>{name}: {target} {unit} 중 {latest}</translation>
    </message>
    <message>
        <source>Latest stage</source>
        <translation>최근 단계</translation>
    </message>
    <message>
        <source>Decision per component</source>
        <translation>구성 요소별 결정</translation>
    </message>
    <message>
        <source>Latest readings</source>
        <translation>최근 측정값</translation>
    </message>
    <message>
        <source>Adaptations</source>
        <translation>조정 사항</translation>
    </message>
    <message>
        <source>What earlier adaptations found</source>
        <translation>이전 적용 사례에서 알게 된 것</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>Who decided</source>
        <translation>결정한 사람</translation>
    </message>
    <message>
        <source>Planned or reactive</source>
        <translation>계획적 또는 대응적</translation>
    </message>
    <message>
        <source>Core kept</source>
        <translation>핵심 유지</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Add adaptation</source>
        <translation>조정 사항 추가</translation>
    </message>
    <message>
        <source>{indicator}: {message}</source>
        <translation>{indicator}: {message}</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>저장되지 않았습니다. 빨간색으로 표시된 항목을 고치십시오.</translation>
    </message>
    <message>
        <source>{indicator}: {value}</source>
        <translation>{indicator}: {value}</translation>
    </message>
    <message>
        <source>core function kept</source>
        <translation>핵심 기능 유지</translation>
    </message>
    <message>
        <source>core function changed</source>
        <translation>핵심 기능 변경</translation>
    </message>
    <message>
        <source>Adapted: {what} ({kind}, {kept}; decided by {who}) {why}</source>
        <translation>조정: {what} ({kind}, {kept}; 결정: {who}) {why}</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>밝히지 않음</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>모니터링</translation>
    </message>
    <message>
        <source>&amp;Add progress entry…</source>
        <translation>진행 기록 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;진행 기록&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Timeline of progress entries</source>
        <translation>진행 기록 타임라인</translation>
    </message>
    <message>
        <source>&lt;b&gt;Indicators&lt;/b&gt;</source>
        <translation>&lt;b&gt;지표&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The plan has no indicators yet: add them under Indicators.</source>
        <translation>이 계획에는 아직 지표가 없습니다. 지표 항목에서 추가하십시오.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Prototyping</source>
        <translation>프로토타입 진행 중</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>확산 중</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Copy: reproduce it as it is</source>
        <translation>복제: 그대로 재현</translation>
    </message>
    <message>
        <source>Emulate: keep the core, change the rest</source>
        <translation>모방: 핵심은 유지하고 나머지는 변경</translation>
    </message>
    <message>
        <source>Mix: combine it with other practices</source>
        <translation>혼합: 다른 사례와 결합</translation>
    </message>
    <message>
        <source>Inspire: take the idea only</source>
        <translation>영감: 아이디어만 차용</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>충족</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>부분 충족</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>미충족</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>Adapt</source>
        <translation>현지화</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>대체</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>매우 낮음</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>매우 높음</translation>
    </message>
    <message>
        <source>Vertical: into policy, law or budget</source>
        <translation>수직적: 정책, 법령 또는 예산에 반영</translation>
    </message>
    <message>
        <source>Horizontal: to more districts or cities</source>
        <translation>수평적: 더 많은 구·도시로 확대</translation>
    </message>
    <message>
        <source>Diversification: to other services</source>
        <translation>다각화: 다른 서비스로 확장</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>교류</translation>
    </message>
    <message>
        <source>Prototype</source>
        <translation>프로토타입</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>확산</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획적</translation>
    </message>
    <message>
        <source>Reactive</source>
        <translation>대응적</translation>
    </message>
    <message>
        <source>Private: never leaves this device</source>
        <translation>비공개: 이 기기를 떠나지 않음</translation>
    </message>
    <message>
        <source>Organisation: travels whole in bundles</source>
        <translation>조직: 번들에 전체가 담겨 이동</translation>
    </message>
    <message>
        <source>Outcomes only: decisions, state and readings travel; no notes, stakeholders or budgets</source>
        <translation>성과만: 결정, 상태, 측정값만 이동하며 메모, 이해관계자, 예산은 제외</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>핵심</translation>
    </message>
    <message>
        <source>Adaptable</source>
        <translation>조정 가능</translation>
    </message>
    <message>
        <source>Required: fill this in.</source>
        <translation>필수 항목입니다. 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter a number, such as 120 or 4.5.</source>
        <translation>120이나 4.5 같은 숫자를 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter a date like 2026-03-31.</source>
        <translation>2026-03-31 형식으로 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter a whole number, such as 250000.</source>
        <translation>250000 같은 정수를 입력하십시오.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(선택 안 함)</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <source>Remove the selected row of {table}</source>
        <translation>{table}에서 선택한 행 삭제</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {message}</source>
        <translation>{row}행, {column}: {message}</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>{field} 항목 문제</translation>
    </message>
    <message>
        <source>Adaptation plan for {city}</source>
        <translation>{city} 현지화 계획</translation>
    </message>
    <message>
        <source>city profile deleted</source>
        <translation>도시 프로필 삭제됨</translation>
    </message>
    <message>
        <source>(from scratch)</source>
        <translation>(새로 작성)</translation>
    </message>
    <message>
        <source>source case deleted</source>
        <translation>원본 사례 삭제됨</translation>
    </message>
    <message>
        <source>{origin} → {target}</source>
        <translation>{origin} → {target}</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>Origin → adopting city</source>
        <translation>출발 도시 → 도입 도시</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Adaptation plans</source>
        <translation>현지화 계획</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>새 계획(&amp;N)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>복제(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Duplicate plan</source>
        <translation>계획 복제</translation>
    </message>
    <message>
        <source>Title of the copy:</source>
        <translation>사본 제목:</translation>
    </message>
    <message>
        <source>Copy of {title}</source>
        <translation>{title} 사본</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>계획 삭제</translation>
    </message>
    <message>
        <source>Delete the plan {title} and its progress entries?</source>
        <translation>{title} 계획과 진행 기록을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Programme view</source>
        <translation>프로그램 현황</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>모든 단계</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>단계로 필터링</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Filter by plan state</source>
        <translation>계획 상태로 필터링</translation>
    </message>
    <message>
        <source>Country code, e.g. KR</source>
        <translation>국가 코드(예: KR)</translation>
    </message>
    <message>
        <source>Filter by country of origin or adoption</source>
        <translation>출발 또는 도입 국가로 필터링</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>단계(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>상태(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>국가(&amp;C):</translation>
    </message>
    <message>
        <source>Transfers in the programme</source>
        <translation>프로그램의 이전 현황</translation>
    </message>
    <message>
        <source>&amp;Export monitoring report…</source>
        <translation>모니터링 보고서 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>T&amp;ransfers</source>
        <translation>이전(&amp;R)</translation>
    </message>
    <message>
        <source>How practices s&amp;pread</source>
        <translation>사례 확산(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>이전 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>All transfers</source>
        <translation>전체 이전 현황</translation>
    </message>
    <message>
        <source>Export monitoring report</source>
        <translation>모니터링 보고서 내보내기</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>{file}(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>내보내지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Fonts missing</source>
        <translation>글꼴 없음</translation>
    </message>
    <message>
        <source>No font on this computer shows {scripts}: in a PDF that text would come out as empty boxes. Install a font for it (Noto fonts cover every script; on Debian or Ubuntu: {packages}), or export as Word or OpenDocument, which the reader&apos;s computer shows with its own fonts.

Write the PDF anyway?</source>
        <translation>이 컴퓨터에는 {scripts} 글자를 표시할 글꼴이 없습니다. PDF에서 이 글자는 빈 상자로 나옵니다. 해당 글꼴을 설치하거나(Noto 글꼴은 모든 문자를 지원합니다. Debian·Ubuntu: {packages}), 읽는 사람의 컴퓨터 글꼴로 표시되는 Word 또는 OpenDocument로 내보내십시오.

그래도 PDF를 만드시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>계획(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Plans…</source>
        <translation>계획(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>새 계획(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;City Profiles…</source>
        <translation>도시 프로필(&amp;C)…</translation>
    </message>
    <message>
        <source>P&amp;rogramme View…</source>
        <translation>프로그램 현황(&amp;R)…</translation>
    </message>
    <message>
        <source>Document &amp;Issuer…</source>
        <translation>문서 발행처(&amp;I)…</translation>
    </message>
    <message>
        <source>How closely will the city follow the original practice, and why that degree?</source>
        <translation>도시가 원래 사례를 얼마나 그대로 따를지, 그리고 그 정도를 택한 이유는 무엇입니까?</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>A name the team will recognise</source>
        <translation>팀이 알아볼 수 있는 이름</translation>
    </message>
    <message>
        <source>Choose the &amp;source case…</source>
        <translation>원본 사례 선택(&amp;S)…</translation>
    </message>
    <message>
        <source>Give this plan the case it adapts; its components fill an empty fit check</source>
        <translation>이 계획이 적용할 사례를 지정합니다. 적합성 점검이 비어 있으면 그 사례의 구성 요소로 채워집니다</translation>
    </message>
    <message>
        <source>Adapts</source>
        <translation>원본 사례</translation>
    </message>
    <message>
        <source>For</source>
        <translation>대상 도시</translation>
    </message>
    <message>
        <source>&amp;Degree of transfer</source>
        <translation>이전 정도(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Why this degree</source>
        <translation>이 정도를 택한 이유(&amp;W)</translation>
    </message>
    <message>
        <source>{case} ({city})</source>
        <translation>{case} ({city})</translation>
    </message>
    <message>
        <source>No source case</source>
        <translation>원본 사례 없음</translation>
    </message>
    <message>
        <source>Source case deleted</source>
        <translation>원본 사례 삭제됨</translation>
    </message>
    <message>
        <source>No city profile chosen</source>
        <translation>선택한 도시 프로필 없음</translation>
    </message>
    <message>
        <source>Compare the city the practice comes from with yours. Differences point to what to adapt.</source>
        <translation>사례가 나온 도시와 우리 도시를 비교하십시오. 차이점이 곧 조정할 부분입니다.</translation>
    </message>
    <message>
        <source>Source and target cities compared</source>
        <translation>원본 도시와 대상 도시 비교</translation>
    </message>
    <message>
        <source>Your city</source>
        <translation>우리 도시</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>메모(&amp;N)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Precondition</source>
        <translation>전제 조건</translation>
    </message>
    <message>
        <source>In your city</source>
        <translation>우리 도시 현황</translation>
    </message>
    <message>
        <source>Add precondition</source>
        <translation>전제 조건 추가</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>현지화 방법</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Remove component</source>
        <translation>구성 요소 삭제</translation>
    </message>
    <message>
        <source>Earlier adaptations: {hint}</source>
        <translation>이전 적용 사례: {hint}</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>New component</source>
        <translation>새 구성 요소</translation>
    </message>
    <message>
        <source>For each component, say whether your city meets what it needs, then keep, adapt, replace or drop it. Unmet needs of core components become risks.</source>
        <translation>구성 요소마다 우리 도시가 필요 조건을 충족하는지 밝히고, 유지·현지화·대체·제외 중에서 결정하십시오. 핵심 구성 요소의 충족되지 않은 조건은 위험 요소가 됩니다.</translation>
    </message>
    <message>
        <source>Risks flagged by the fit check</source>
        <translation>적합성 점검에서 표시된 위험 요소</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>구성 요소 추가</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) flagged (listed under Risks): {risks}.</source>
        <translation>
            <numerusform>위험 요소 %n개 표시됨(위험 요소 항목에 목록이 있습니다): {risks}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not judged yet: %n need(s) of core components still Unknown.</source>
        <translation>
            <numerusform>아직 판단하지 않음: 핵심 구성 요소의 필요 조건 %n개가 아직 &apos;알 수 없음&apos;입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No risks flagged: every need of the core components is met.</source>
        <translation>표시된 위험 요소 없음: 핵심 구성 요소의 필요 조건이 모두 충족되었습니다.</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>가설</translation>
    </message>
    <message>
        <source>In this context, this mechanism is expected to produce this outcome.</source>
        <translation>이 여건에서 이 메커니즘이 이 성과를 낼 것으로 예상합니다.</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>여건(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Mechanism</source>
        <translation>메커니즘(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>성과(&amp;O)</translation>
    </message>
    <message>
        <source>Stakeholders and engagement</source>
        <translation>이해관계자와 참여</translation>
    </message>
    <message>
        <source>Add stakeholder</source>
        <translation>이해관계자 추가</translation>
    </message>
    <message>
        <source>Citizen &amp;engagement plan</source>
        <translation>시민 참여 계획(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>예산(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>인력(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>데이터(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Technology</source>
        <translation>기술(&amp;T)</translation>
    </message>
    <message>
        <source>Risks the team sees</source>
        <translation>팀이 파악한 위험 요소</translation>
    </message>
    <message>
        <source>Add risk</source>
        <translation>위험 요소 추가</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flagged by the fit check&lt;/b&gt; (change them there)</source>
        <translation>&lt;b&gt;적합성 점검에서 표시됨&lt;/b&gt; (해당 항목에서 변경)</translation>
    </message>
    <message>
        <source>A small test under routine conditions, with success decided in advance.</source>
        <translation>일상 운영 조건에서 진행하는 소규모 시험이며, 성공 기준은 미리 정합니다.</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>범위(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>장소(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>기간(&amp;D)</translation>
    </message>
    <message>
        <source>for example: 6 months</source>
        <translation>예: 6개월</translation>
    </message>
    <message>
        <source>&amp;Routine conditions</source>
        <translation>일상 운영 조건(&amp;R)</translation>
    </message>
    <message>
        <source>Success &amp;criteria</source>
        <translation>성공 기준(&amp;C)</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>지표 추가</translation>
    </message>
    <message>
        <source>Scaling path and milestones</source>
        <translation>확산 경로와 주요 일정</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Date (2026-03-31)</source>
        <translation>날짜 (2026-03-31)</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>주요 일정 추가</translation>
    </message>
    <message>
        <source>Sign-off and state</source>
        <translation>승인과 상태</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>역할(&amp;R)</translation>
    </message>
    <message>
        <source>2026-03-31</source>
        <translation>2026-03-31</translation>
    </message>
    <message>
        <source>D&amp;ecision</source>
        <translation>결정(&amp;C)</translation>
    </message>
    <message>
        <source>Plan &amp;state</source>
        <translation>계획 상태(&amp;S)</translation>
    </message>
    <message>
        <source>What of this plan goes into the bundles this device writes</source>
        <translation>이 기기가 쓰는 번들에 이 계획의 어떤 내용이 들어가는지</translation>
    </message>
    <message>
        <source>S&amp;haring</source>
        <translation>공유(&amp;H)</translation>
    </message>
    <message>
        <source>The language the exported document is written in</source>
        <translation>내보낸 문서에 쓸 언어</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>문서 언어(&amp;L)</translation>
    </message>
    <message>
        <source>Restored changes not yet saved (kept {time}); they are saved once the marked fields are fixed.</source>
        <translation>아직 저장되지 않은 변경 내용을 복원했습니다({time}에 보관). 표시된 항목을 고치면 저장됩니다.</translation>
    </message>
    <message>
        <source>Plan sections</source>
        <translation>계획 항목</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>저장 상태</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the plan as a Word, OpenDocument, PDF, web or Markdown file</source>
        <translation>계획을 Word, OpenDocument, PDF, 웹 또는 Markdown 파일로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Plan deleted</source>
        <translation>삭제된 계획</translation>
    </message>
    <message>
        <source>&amp;Keep as a new plan</source>
        <translation>새 계획으로 보관(&amp;K)</translation>
    </message>
    <message>
        <source>Save what this window holds as a new plan, with a new id</source>
        <translation>이 창의 내용을 새 ID를 가진 새 계획으로 저장합니다</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>닫기(&amp;L)</translation>
    </message>
    <message>
        <source>The case this plan adapts:</source>
        <translation>이 계획이 적용하는 사례:</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>제목 없는 계획</translation>
    </message>
    <message>
        <source>{title} - Adaptation plan</source>
        <translation>{title} - 현지화 계획</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>편집 중…</translation>
    </message>
    <message>
        <source>Not saved: {field}: {message} Your changes are kept until this is fixed.</source>
        <translation>저장되지 않음: {field}: {message} 이 문제를 고칠 때까지 변경 내용은 보관됩니다.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>{time}에 저장됨</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>저장되지 않음: {reason}</translation>
    </message>
    <message>
        <source>{section} ({count} to fix)</source>
        <translation>{section} (수정 필요 {count}건)</translation>
    </message>
    <message>
        <source>Fit check, component {row}</source>
        <translation>적합성 점검, 구성 요소 {row}</translation>
    </message>
    <message>
        <source>{table}, row {row}</source>
        <translation>{table}, {row}행</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>계획 내보내기</translation>
    </message>
    <message>
        <source>Not exported: fonts missing</source>
        <translation>내보내지 않음: 글꼴 없음</translation>
    </message>
    <message>
        <source>This plan was deleted on another device (it came with a sync) or by a resolved conflict, so nothing here is saved any more.</source>
        <translation>이 계획은 다른 기기에서 삭제되었거나(동기화로 전달됨) 충돌을 해결하면서 삭제되었으므로, 이 창의 내용은 더 이상 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Your changes not yet saved are still here: keep them as a new plan, or they are lost when you close this window.</source>
        <translation>아직 저장되지 않은 변경 내용이 이 창에 그대로 있습니다. 새 계획으로 보관하지 않으면 창을 닫을 때 사라집니다.</translation>
    </message>
    <message>
        <source>Keep it as a new plan, or close this window.</source>
        <translation>새 계획으로 보관하거나 이 창을 닫으십시오.</translation>
    </message>
    <message>
        <source>Not saved: this plan was deleted</source>
        <translation>저장되지 않음: 이 계획은 삭제되었습니다</translation>
    </message>
    <message>
        <source>Kept as a new plan, saved {time}</source>
        <translation>새 계획으로 보관됨, {time}에 저장됨</translation>
    </message>
    <message>
        <source>Not kept: {field}: {message} Correct it, then keep the plan again.</source>
        <translation>보관되지 않음: {field}: {message} 고친 다음 다시 보관하십시오.</translation>
    </message>
    <message>
        <source>Not kept: {reason}</source>
        <translation>보관되지 않음: {reason}</translation>
    </message>
    <message>
        <source>This plan was deleted elsewhere. Close the window and lose the changes it holds?</source>
        <translation>이 계획은 다른 곳에서 삭제되었습니다. 창을 닫고 창에 있는 변경 내용을 버리시겠습니까?</translation>
    </message>
    <message>
        <source>City or district, e.g. Da Nang</source>
        <translation>도시 또는 구(예: 다낭)</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>국가 코드</translation>
    </message>
    <message>
        <source>&amp;Country code</source>
        <translation>국가 코드(&amp;C)</translation>
    </message>
    <message>
        <source>ISO code, e.g. VN</source>
        <translation>ISO 코드(예: VN)</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>인구(&amp;P)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>&amp;Density (people per km²)</source>
        <translation>인구 밀도(&amp;D) (명/km²)</translation>
    </message>
    <message>
        <source>&amp;Level of government</source>
        <translation>정부 수준(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. municipal, provincial</source>
        <translation>예: 시, 도</translation>
    </message>
    <message>
        <source>Po&amp;wers</source>
        <translation>권한(&amp;W)</translation>
    </message>
    <message>
        <source>What the city may decide, fund and regulate</source>
        <translation>도시가 결정하고 재원을 대며 규제할 수 있는 범위</translation>
    </message>
    <message>
        <source>&amp;Budget band</source>
        <translation>예산 규모(&amp;B)</translation>
    </message>
    <message>
        <source>Di&amp;gital readiness</source>
        <translation>디지털 준비도(&amp;G)</translation>
    </message>
    <message>
        <source>Data &amp;readiness</source>
        <translation>데이터 준비도(&amp;R)</translation>
    </message>
    <message>
        <source>Conn&amp;ectivity</source>
        <translation>통신 환경(&amp;E)</translation>
    </message>
    <message>
        <source>Cli&amp;mate</source>
        <translation>기후(&amp;M)</translation>
    </message>
    <message>
        <source>separated by commas, e.g. vi, en</source>
        <translation>쉼표로 구분(예: vi, en)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Lang&amp;uages</source>
        <translation>언어(&amp;U)</translation>
    </message>
    <message>
        <source>Legal cons&amp;traints</source>
        <translation>법적 제약(&amp;T)</translation>
    </message>
    <message>
        <source>Partners a&amp;vailable</source>
        <translation>협력 가능 기관(&amp;V)</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>쉼표로 구분</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>메모(&amp;O)</translation>
    </message>
    <message>
        <source>Choose the city to adapt to</source>
        <translation>현지화할 도시 선택</translation>
    </message>
    <message>
        <source>City profiles</source>
        <translation>도시 프로필</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>새 프로필(&amp;N)</translation>
    </message>
    <message>
        <source>Delete prof&amp;ile…</source>
        <translation>프로필 삭제(&amp;I)…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>도시 프로필</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>프로필 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use this city</source>
        <translation>이 도시 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Delete city profile</source>
        <translation>도시 프로필 삭제</translation>
    </message>
    <message>
        <source>Delete the city profile “{name}”? This cannot be undone.</source>
        <translation>“{name}” 도시 프로필을 삭제하시겠습니까? 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Not deleted: {city} is the target city of %n plan(s): {titles}. Delete the plan(s) first, then this profile.</source>
        <translation>
            <numerusform>삭제되지 않음: {city}은(는) 계획 %n개의 도입 도시입니다: {titles}. 계획을 먼저 삭제한 다음 이 프로필을 삭제하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added to the shortlist “{name}”.</source>
        <translation>
            <numerusform>사례 %n개를 후보 목록 “{name}”에 추가했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) already on the shortlist “{name}”, left as they were.</source>
        <translation>
            <numerusform>사례 %n개는 이미 후보 목록 “{name}”에 있어 그대로 두었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>New shortlist…</source>
        <translation>새 후보 목록…</translation>
    </message>
    <message>
        <source>Add to shortlist</source>
        <translation>후보 목록에 추가</translation>
    </message>
    <message>
        <source>Shortlist:</source>
        <translation>후보 목록:</translation>
    </message>
    <message>
        <source>New shortlist</source>
        <translation>새 후보 목록</translation>
    </message>
    <message>
        <source>Name of the shortlist:</source>
        <translation>후보 목록 이름:</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>아이디어</translation>
    </message>
    <message>
        <source>pilot</source>
        <translation>시범 운영</translation>
    </message>
    <message>
        <source>implemented</source>
        <translation>시행</translation>
    </message>
    <message>
        <source>scaled</source>
        <translation>확산</translation>
    </message>
    <message>
        <source>discontinued</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>검토 완료</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>검증 완료</translation>
    </message>
    <message>
        <source>data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>law</source>
        <translation>법령</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>역량</translation>
    </message>
    <message>
        <source>infrastructure</source>
        <translation>기반 시설</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>협력 기관</translation>
    </message>
    <message>
        <source>district</source>
        <translation>구</translation>
    </message>
    <message>
        <source>city</source>
        <translation>시</translation>
    </message>
    <message>
        <source>metropolitan</source>
        <translation>광역</translation>
    </message>
    <message>
        <source>state or province</source>
        <translation>도·주</translation>
    </message>
    <message>
        <source>national</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size}바이트</translation>
    </message>
    <message>
        <source>Reliability: {note}</source>
        <translation>신뢰도: {note}</translation>
    </message>
    <message>
        <source>From: {origin}</source>
        <translation>가져온 곳: {origin}</translation>
    </message>
    <message>
        <source>Its id there: {id}</source>
        <translation>원래 ID: {id}</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>라이선스: {licence}</translation>
    </message>
    <message>
        <source>Attribution: {credit}</source>
        <translation>저작자 표시: {credit}</translation>
    </message>
    <message>
        <source>Where this case comes from</source>
        <translation>이 사례의 출처</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>{year}년부터</translation>
    </message>
    <message>
        <source>same themes: {themes}</source>
        <translation>같은 주제: {themes}</translation>
    </message>
    <message>
        <source>a like component: {names}</source>
        <translation>비슷한 구성 요소: {names}</translation>
    </message>
    <message>
        <source>same words: {words}</source>
        <translation>같은 단어: {words}</translation>
    </message>
    <message>
        <source>Themes: {themes} · SDGs: {sdgs}</source>
        <translation>주제: {themes} · SDG: {sdgs}</translation>
    </message>
    <message>
        <source>Adapt this practice to your city…</source>
        <translation>이 사례를 우리 도시에 맞게 현지화…</translation>
    </message>
    <message>
        <source>Cases like this</source>
        <translation>비슷한 사례</translation>
    </message>
    <message>
        <source>New Case “{title}”</source>
        <translation>새 사례 “{title}”</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>“{title}” 편집</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>“{title}” 삭제</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>{what} 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>{what} 삭제</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move {what} up</source>
        <translation>{what} 위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Move {what} down</source>
        <translation>{what} 아래로 이동</translation>
    </message>
    <message>
        <source>{table}, row {row}, {column}</source>
        <translation>{table}, {row}행, {column}</translation>
    </message>
    <message>
        <source>{case}: adaptation for {city}</source>
        <translation>{case}: {city} 현지화</translation>
    </message>
    <message>
        <source>Adapting {case}</source>
        <translation>{case} 현지화</translation>
    </message>
    <message>
        <source>{component}: {need} ({kind}, not met)</source>
        <translation>{component}: {need} ({kind}, 미충족)</translation>
    </message>
    <message>
        <source>{component}: {need} ({kind}, partly met)</source>
        <translation>{component}: {need} ({kind}, 부분 충족)</translation>
    </message>
    <message>
        <source>{time} · by {author}</source>
        <translation>{time} · 작성: {author}</translation>
    </message>
    <message>
        <source>{language} translation: {field}</source>
        <translation>{language} 번역: {field}</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>최신 상태</translation>
    </message>
    <message>
        <source>Not translated</source>
        <translation>번역되지 않음</translation>
    </message>
    <message>
        <source>translated by {name}</source>
        <translation>번역: {name}</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>표시된 버전</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>다른 버전</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the code of the language translated into: ko or id</comment>
        <translation>ko</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>발행일</translation>
    </message>
    <message>
        <source>Document Issuer</source>
        <translation>문서 발행처</translation>
    </message>
    <message>
        <source>e.g. City of Makassar</source>
        <translation>예: 마카사르시</translation>
    </message>
    <message>
        <source>e.g. Transport Office</source>
        <translation>예: 교통국</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>로고</translation>
    </message>
    <message>
        <source>Choose &amp;Logo…</source>
        <translation>로고 선택(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Remove Logo</source>
        <translation>로고 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>기관(&amp;O):</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>부서(&amp;F):</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>로고:</translation>
    </message>
    <message>
        <source>Named at the top of the title page of every plan, case, shortlist and report.</source>
        <translation>모든 계획, 사례, 후보 목록, 보고서의 표지 맨 위에 표시됩니다.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>로고 없음</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>로고 선택</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>이미지 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG image of at most 2 MB: choose another.</source>
        <translation>{file}은(는) 2MB 이하의 PNG 또는 JPEG 이미지가 아닙니다. 다른 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>The document issuer could not be kept: {reason}</source>
        <translation>문서 발행처를 저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Enter opens the case. Shift or Ctrl with the arrows selects more cases, to compare them.</source>
        <translation>Enter로 사례를 엽니다. Shift나 Ctrl을 누른 채 화살표를 누르면 비교할 사례를 더 선택합니다.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Up and Down move through the list.</source>
        <translation>위/아래 화살표로 목록을 이동합니다.</translation>
    </message>
    <message>
        <source>Space ticks or unticks the item.</source>
        <translation>스페이스 키로 항목을 선택하거나 선택 해제합니다.</translation>
    </message>
    <message>
        <source>Arrow keys move between cells.</source>
        <translation>화살표 키로 칸 사이를 이동합니다.</translation>
    </message>
    <message>
        <source>Typing or F2 edits the cell, Enter keeps the change, Esc drops it.</source>
        <translation>입력하거나 F2 키를 누르면 칸을 편집하고, Enter 키는 변경을 저장하며, Esc 키는 취소합니다.</translation>
    </message>
    <message>
        <source>Tab leaves the table.</source>
        <translation>Tab 키로 표를 벗어납니다.</translation>
    </message>
    <message>
        <source>Up and Down move through the items, Right opens a group and Left closes it.</source>
        <translation>위/아래 화살표로 항목을 이동하고, 오른쪽 화살표는 그룹을 펼치며 왼쪽 화살표는 접습니다.</translation>
    </message>
    <message>
        <source>A page to read: arrow keys and Page Up or Down scroll it, Tab moves between its links, Enter follows one.</source>
        <translation>읽기 페이지: 화살표 키와 Page Up/Page Down 키로 스크롤하고, Tab 키로 링크 사이를 이동하며, Enter 키로 링크를 엽니다.</translation>
    </message>
    <message>
        <source>Read it in {language}</source>
        <translation>{language}(으)로 읽기</translation>
    </message>
    <message>
        <source>Show the original</source>
        <translation>원문 보기</translation>
    </message>
    <message>
        <source>Translated from {language} on {date} by {author}</source>
        <translation>{date}에 {author}이(가) {language}에서 번역</translation>
    </message>
    <message>
        <source>Translated from {language} on {date}</source>
        <translation>{date}에 {language}에서 번역</translation>
    </message>
    <message>
        <source>1 field out of date</source>
        <translation>1개 항목이 최신이 아님</translation>
    </message>
    <message>
        <source>{n} fields out of date</source>
        <translation>{n}개 항목이 최신이 아님</translation>
    </message>
    <message>
        <source>1 machine draft not yet confirmed</source>
        <translation>기계 초안 1개 미확인</translation>
    </message>
    <message>
        <source>{n} machine drafts not yet confirmed</source>
        <translation>기계 초안 {n}개 미확인</translation>
    </message>
    <message>
        <source>1 field not translated</source>
        <translation>1개 항목 미번역</translation>
    </message>
    <message>
        <source>{n} fields not translated</source>
        <translation>{n}개 항목 미번역</translation>
    </message>
    <message>
        <source>Machine draft ({engine}), not yet confirmed by a person</source>
        <translation>기계 초안({engine}), 아직 사람이 확인하지 않음</translation>
    </message>
    <message>
        <source>Not translated yet: shown in {language}</source>
        <translation>아직 번역되지 않음: {language}(으)로 표시</translation>
    </message>
    <message>
        <source>Out of date: the original changed after this was translated</source>
        <translation>최신이 아님: 번역한 뒤 원문이 바뀌었습니다</translation>
    </message>
    <message>
        <source>in draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>prototyping</source>
        <translation>시범 운영 중</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Not adapted anywhere yet.</source>
        <translation>아직 어디에서도 적용되지 않았습니다.</translation>
    </message>
    <message>
        <source>Adapted in 1 city: {states}</source>
        <translation>1개 도시에서 적용: {states}</translation>
    </message>
    <message>
        <source>Adapted in {count} cities: {states}</source>
        <translation>{count}개 도시에서 적용: {states}</translation>
    </message>
    <message>
        <source>{count} earlier adaptation(s): {decisions}</source>
        <translation>이전 적용 사례 {count}건: {decisions}</translation>
    </message>
    <message>
        <source>{status} in {count} of {total}</source>
        <translation>{total}건 중 {count}건 {status}</translation>
    </message>
    <message>
        <source>earlier adaptation(s)</source>
        <translation>이전 적용 사례</translation>
    </message>
    <message>
        <source>instead: {what}</source>
        <translation>대신: {what}</translation>
    </message>
    <message>
        <source>no reading yet</source>
        <translation>아직 측정값 없음</translation>
    </message>
    <message>
        <source>{city}&apos;s adaptation of {title}, from {origin}.</source>
        <translation>{city}이(가) {origin}의 {title}을(를) 적용한 사례.</translation>
    </message>
    <message>
        <source>Adapted from {title} ({origin})</source>
        <translation>{title}({origin})에서 적용</translation>
    </message>
    <message>
        <source>P&amp;ublish as Case…</source>
        <translation>사례로 게시(&amp;U)…</translation>
    </message>
    <message>
        <source>Once the plan has reached scaling: make its adapted practice a case, linked to the one it adapts</source>
        <translation>계획이 확산 단계에 이르면: 적용한 사례를 원래 사례와 연결된 새 사례로 만듭니다</translation>
    </message>
    <message>
        <source>Published as the case “{title}”, adapted from the case this plan adapts.</source>
        <translation>이 계획이 적용한 사례에서 파생된 사례 “{title}”(으)로 게시했습니다.</translation>
    </message>
    <message>
        <source>Chart of the cities adapting each practice</source>
        <translation>사례별 적용 도시 수 차트</translation>
    </message>
    <message>
        <source>No practice adapted yet</source>
        <translation>아직 적용된 사례가 없습니다</translation>
    </message>
    <message>
        <source>Choose a case to see where it was adapted.</source>
        <translation>사례를 선택하면 그 사례가 어디에서 적용되었는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Reading the lineage…</source>
        <translation>계보를 읽는 중…</translation>
    </message>
    <message>
        <source>No plan adapts this case yet, and no case was adapted from it.</source>
        <translation>아직 이 사례를 적용하는 계획이 없고, 이 사례에서 파생된 사례도 없습니다.</translation>
    </message>
    <message>
        <source>From the original on the left: {cases} case(s) and {plans} plan(s) adapting them. A dashed arrow leads from a plan to the case it published. Click a case or plan, or choose one with the arrow keys and press Enter, to open it.</source>
        <translation>왼쪽의 원본부터: 사례 {cases}건과 이를 적용하는 계획 {plans}건입니다. 점선 화살표는 계획에서 그 계획이 발행한 사례로 이어집니다. 사례나 계획을 클릭하거나, 화살표 키로 고른 뒤 Enter를 누르면 열립니다.</translation>
    </message>
    <message>
        <source>Case page</source>
        <translation>사례 페이지</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>계보</translation>
    </message>
    <message>
        <source> (this case)</source>
        <translation> (이 사례)</translation>
    </message>
    <message>
        <source>Case {title}{place}{shown}</source>
        <translation>사례 {title}{place}{shown}</translation>
    </message>
    <message>
        <source>Plan adapting it in {city}: {detail}</source>
        <translation>{city}에서 이 사례를 적용하는 계획: {detail}</translation>
    </message>
    <message>
        <source>Lineage graph</source>
        <translation>계보 그래프</translation>
    </message>
    <message>
        <source>Up and Down go through the cases and plans, Right to what came of one, Left back to where it came from; Enter opens the case or plan.</source>
        <translation>위·아래 화살표로 사례와 계획을 차례로 옮겨 가고, 오른쪽 화살표로 그로부터 나온 항목으로, 왼쪽 화살표로 출발한 항목으로 돌아갑니다. Enter를 누르면 사례나 계획이 열립니다.</translation>
    </message>
    <message>
        <source>catalogue seed</source>
        <translation>시드 카탈로그</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>Qt {qt} and PySide6 {pyside} are used under the GNU Lesser General Public License version 3 (LGPL-3.0). They are shipped unmodified as separate libraries, which you may replace with your own builds of the same versions. Their source code is at https://download.qt.io/official_releases/qt/ and https://code.qt.io/cgit/pyside/pyside-setup.git/. The licence texts are under Licences.</source>
        <translation>이 앱은 GNU 약소 일반 공중 사용 허가서 버전 3(LGPL-3.0)에 따라 Qt {qt} 및 PySide6 {pyside}을(를) 사용합니다. 이 라이브러리들은 수정 없이 별도 라이브러리로 포함되어 있으며, 같은 버전을 직접 빌드한 것으로 바꿀 수 있습니다. 소스 코드는 https://download.qt.io/official_releases/qt/ 와 https://code.qt.io/cgit/pyside/pyside-setup.git/ 에 있습니다. 라이선스 전문은 라이선스 탭에 있습니다.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>{app} 정보</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Versions in use</source>
        <translation>사용 중인 버전</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>버전(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>라이선스(&amp;L)</translation>
    </message>
    <message>
        <source>An offline catalogue of city innovation cases: learn, exchange, adapt, prototype, scale.</source>
        <translation>도시 혁신 사례 오프라인 카탈로그: 학습, 교류, 현지화, 프로토타입, 확산.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>데이터 폴더: {folder}</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>이 앱 정보</translation>
    </message>
    <message>
        <source>Licence document</source>
        <translation>라이선스 문서</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>타사 소프트웨어</translation>
    </message>
    <message>
        <source>GNU LGPL 3.0</source>
        <translation>GNU LGPL 3.0</translation>
    </message>
    <message>
        <source>GNU GPL 3.0</source>
        <translation>GNU GPL 3.0</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>라이선스 전문</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is {size:.1f} MB; attachments may be at most {limit} MB. Make the file smaller (a lower resolution or a compressed PDF) and add it again.</source>
        <translation>{name}의 크기는 {size:.1f} MB이지만 첨부 파일은 최대 {limit} MB까지 가능합니다. 파일 크기를 줄인 다음(해상도를 낮추거나 PDF를 압축) 다시 추가하십시오.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name}을(를) 읽을 수 없습니다({reason}).</translation>
    </message>
</context>
<context>
    <name>AttachmentsList</name>
    <message>
        <source>Attached files</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Caption shown under the file</source>
        <translation>파일 아래에 표시할 설명</translation>
    </message>
    <message>
        <source>Attachment message</source>
        <translation>첨부 파일 메시지</translation>
    </message>
    <message>
        <source>Add files with the button or drop them on this window.</source>
        <translation>버튼으로 파일을 추가하거나 이 창에 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>첨부 파일 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>첨부 파일 삭제</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <source>Choose a case to print it.</source>
        <translation>인쇄할 사례를 선택하십시오.</translation>
    </message>
    <message>
        <source>Choose a case to export it.</source>
        <translation>내보낼 사례를 선택하십시오.</translation>
    </message>
    <message>
        <source>Export case</source>
        <translation>사례 내보내기</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>{file}(으)로 내보냈습니다</translation>
    </message>
</context>
<context>
    <name>CaseEditing</name>
    <message>
        <source>Delete case</source>
        <translation>사례 삭제</translation>
    </message>
    <message>
        <source>Delete “{title}”? You can undo this with Edit &gt; Undo until you quit.</source>
        <translation>“{title}”을(를) 삭제하시겠습니까? 앱을 종료하기 전까지는 편집 &gt; 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>“{title}” has changed since, here or in a sync.</source>
        <translation>“{title}”이(가) 그 뒤 이 컴퓨터에서 또는 동기화로 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Undoing now would overwrite that, so nothing was undone.</source>
        <translation>지금 실행 취소하면 그 변경을 덮어쓰게 되므로 아무것도 되돌리지 않았습니다.</translation>
    </message>
    <message>
        <source>Redoing now would overwrite that, so nothing was redone.</source>
        <translation>지금 다시 실행하면 그 변경을 덮어쓰게 되므로 아무것도 다시 실행하지 않았습니다.</translation>
    </message>
    <message>
        <source>Case changed since</source>
        <translation>그 뒤 바뀐 사례</translation>
    </message>
    <message>
        <source>Unsaved case</source>
        <translation>저장되지 않은 사례</translation>
    </message>
    <message>
        <source>an untitled case</source>
        <translation>제목 없는 사례</translation>
    </message>
    <message>
        <source>Edits to {title} were not saved (last kept {when}). Restore them?</source>
        <translation>{title}의 편집 내용이 저장되지 않았습니다(마지막 보관: {when}). 복원하시겠습니까?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case editor</source>
        <translation>사례 편집기</translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation>편집기 상태</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Local title</source>
        <translation>현지어 제목(&amp;L)</translation>
    </message>
    <message>
        <source>The title in the city&apos;s own language</source>
        <translation>해당 도시 언어로 된 제목</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>요약(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>단계(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Year started</source>
        <translation>시작 연도(&amp;Y)</translation>
    </message>
    <message>
        <source>Level of &amp;government</source>
        <translation>정부 수준(&amp;G)</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>언어(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Curation</source>
        <translation>검수 상태(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation>문제(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Approach</source>
        <translation>접근 방식(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>성과(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;osts</source>
        <translation>비용(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>교훈(&amp;L)</translation>
    </message>
    <message>
        <source>P&amp;artners</source>
        <translation>협력 기관(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>도시(&amp;I)</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>국가(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>지역(&amp;R)</translation>
    </message>
    <message>
        <source>La&amp;titude</source>
        <translation>위도(&amp;T)</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>경도(&amp;O)</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>주제(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;DGs</source>
        <translation>SDG(&amp;D)</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>제목 없는 사례</translation>
    </message>
    <message>
        <source>New case: {title}</source>
        <translation>새 사례: {title}</translation>
    </message>
    <message>
        <source>Edit case: {title}</source>
        <translation>사례 편집: {title}</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>To save, fix:
{problems}</source>
        <translation>저장하려면 다음을 고치십시오:
{problems}</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: a case marked {state} needs every field; %n still missing: {fields}. Set Curation to draft to save it as it is.</source>
        <translation>
            <numerusform>저장하지 않았습니다: 검수 상태가 &apos;{state}&apos;인 사례는 모든 항목이 필요합니다. 아직 %n개가 비어 있습니다: {fields}. 지금 상태로 저장하려면 검수 상태를 &apos;초안&apos;으로 바꾸세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n thing(s) to fix, shown beside each field. First: {problem}</source>
        <translation>
            <numerusform>저장되지 않음: 고칠 항목 %n개가 각 항목 옆에 표시되어 있습니다. 첫 번째: {problem}</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Not saved: {reason}. Your edits are kept in a draft; try again.</source>
        <translation>저장되지 않음: {reason}. 편집 내용은 임시 저장본에 보관되어 있으니 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Your draft could not be kept ({reason}). Save the case soon.</source>
        <translation>임시 저장본을 보관하지 못했습니다({reason}). 사례를 곧 저장하십시오.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장되지 않은 변경 내용</translation>
    </message>
    <message>
        <source>Save the changes to this case before closing?</source>
        <translation>닫기 전에 이 사례의 변경 내용을 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>The file could not be stored in the catalogue ({reason}).</source>
        <translation>파일을 카탈로그에 저장하지 못했습니다({reason}).</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>One per line</source>
        <translation>한 줄에 하나씩</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>기본 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>사례 내용(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Place and tags</source>
        <translation>장소와 태그(&amp;P)</translation>
    </message>
    <message>
        <source>(choose a country)</source>
        <translation>(국가 선택)</translation>
    </message>
    <message>
        <source>(choose a region)</source>
        <translation>(지역 선택)</translation>
    </message>
    <message>
        <source>SDG {number}</source>
        <translation>SDG {number}</translation>
    </message>
    <message>
        <source>Co&amp;mponents</source>
        <translation>구성 요소(&amp;M)</translation>
    </message>
    <message>
        <source>So&amp;urces and contacts</source>
        <translation>출처와 연락처(&amp;U)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>웹 주소</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>인용 정보</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Reliability note</source>
        <translation>신뢰도 메모</translation>
    </message>
    <message>
        <source>source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Facts the sources &amp;disagree on</source>
        <translation>출처 간 불일치 사항(&amp;D)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>본문(&amp;B)</translation>
    </message>
    <message>
        <source>The full write-up, in Markdown</source>
        <translation>전체 본문(Markdown)</translation>
    </message>
    <message>
        <source>Body preview</source>
        <translation>본문 미리 보기</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>본문</translation>
    </message>
</context>
<context>
    <name>CaseHistoryPane</name>
    <message>
        <source>Edits of this case</source>
        <translation>이 사례의 편집</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>변경 내용</translation>
    </message>
    <message>
        <source>What the chosen change did</source>
        <translation>선택한 변경이 한 일</translation>
    </message>
    <message>
        <source>Give this field the value it had just after the chosen edit</source>
        <translation>선택한 편집 직후의 값으로 이 필드를 되돌립니다</translation>
    </message>
    <message>
        <source>Make the whole case, parts included, as it was just after the chosen edit</source>
        <translation>선택한 편집 직후의 상태로 사례 전체(구성 부분 포함)를 되돌립니다</translation>
    </message>
    <message>
        <source>Set Field Back</source>
        <translation>필드 되돌리기</translation>
    </message>
    <message>
        <source>Set Case Back</source>
        <translation>사례 되돌리기</translation>
    </message>
    <message>
        <source>Deleted Cases…</source>
        <translation>삭제된 사례…</translation>
    </message>
    <message>
        <source>Find a deleted case and bring it back</source>
        <translation>삭제된 사례를 찾아 되살립니다</translation>
    </message>
    <message>
        <source>History of {title}</source>
        <translation>{title}의 이력</translation>
    </message>
    <message>
        <source>Choose a case to see its history.</source>
        <translation>사례를 선택하면 그 이력을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>이력을 읽는 중…</translation>
    </message>
    <message>
        <source>deleted the case</source>
        <translation>사례를 삭제함</translation>
    </message>
    <message>
        <source>brought the case back</source>
        <translation>사례를 복원함</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>필드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>checked</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>서명 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s), newest first. Choose one to see what it changed; setting something back is a new edit, which travels to other devices like any other.</source>
        <translation>
            <numerusform>편집 %n건, 최신순. 하나를 골라 무엇이 바뀌었는지 보세요. 되돌리기는 새 편집이며 다른 편집처럼 다른 기기로 전달됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseMenu</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>새 사례(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Case…</source>
        <translation>사례 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete Case…</source>
        <translation>사례 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>이력(&amp;H)</translation>
    </message>
    <message>
        <source>Show the History tab of the case page</source>
        <translation>사례 페이지의 이력 탭 보기</translation>
    </message>
    <message>
        <source>L&amp;ineage</source>
        <translation>계보(&amp;I)</translation>
    </message>
    <message>
        <source>Show the Lineage tab of the case page</source>
        <translation>사례 페이지의 계보 탭 보기</translation>
    </message>
    <message>
        <source>De&amp;leted Cases…</source>
        <translation>삭제된 사례(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Some text on this page is in {scripts}, which no font on this computer shows: it reads as empty boxes. Install a font for it (Noto fonts cover every script; on Debian or Ubuntu: {packages}).</source>
        <translation>이 페이지의 일부 글자는 {scripts}(으)로 쓰여 있는데, 이 컴퓨터에는 이를 표시할 글꼴이 없어 빈 상자로 보입니다. 해당 글꼴을 설치하십시오(Noto 글꼴은 모든 문자를 지원합니다. Debian·Ubuntu: {packages}).</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Case details</source>
        <translation>사례 상세 정보</translation>
    </message>
    <message>
        <source>Attachment missing</source>
        <translation>첨부 파일 없음</translation>
    </message>
    <message>
        <source>The catalogue does not hold the file {name}. Import a bundle that carries it.</source>
        <translation>카탈로그에 {name} 파일이 없습니다. 이 파일이 들어 있는 번들을 가져오십시오.</translation>
    </message>
    <message>
        <source>Cannot open attachment</source>
        <translation>첨부 파일을 열 수 없음</translation>
    </message>
    <message>
        <source>{name} could not be copied to a temporary folder ({reason}).</source>
        <translation>{name}을(를) 임시 폴더에 복사하지 못했습니다({reason}).</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>첨부 파일 열기</translation>
    </message>
    <message>
        <source>Open {name} with the program this computer uses for it? Files from other people can contain harmful content.</source>
        <translation>이 컴퓨터에서 해당 파일에 쓰는 프로그램으로 {name}을(를) 여시겠습니까? 다른 사람이 보낸 파일에는 유해한 내용이 있을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>City, country</source>
        <translation>도시, 국가</translation>
    </message>
    <message>
        <source>Choose two or three cases to compare ({count} chosen): select them in the results with Ctrl or Shift held down.</source>
        <translation>비교할 사례를 2~3개 선택하십시오(현재 {count}개 선택). 결과 목록에서 Ctrl 또는 Shift 키를 누른 채 선택합니다.</translation>
    </message>
    <message>
        <source>How it works:</source>
        <translation>작동 방식:</translation>
    </message>
    <message>
        <source>Reliability:</source>
        <translation>신뢰도:</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>다름</translation>
    </message>
    <message>
        <source>Facts where the cases differ (place, year, stage, themes, SDGs) are tinted and marked ≠. Themes and SDGs every case shares are in bold.</source>
        <translation>사례마다 다른 사실(장소, 연도, 단계, 주제, SDG)은 색으로 표시하고 ≠ 표시를 붙였습니다. 모든 사례에 공통인 주제와 SDG는 굵게 표시됩니다.</translation>
    </message>
    <message>
        <source>Compare cases</source>
        <translation>사례 비교</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare cases</source>
        <translation>사례 비교</translation>
    </message>
    <message>
        <source>Loading the cases…</source>
        <translation>사례를 불러오는 중…</translation>
    </message>
    <message>
        <source>Comparison status</source>
        <translation>비교 상태</translation>
    </message>
    <message>
        <source>Cases side by side</source>
        <translation>사례 나란히 보기</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) side by side. Click a title to show that case in the main window.</source>
        <translation>
            <numerusform>사례 %n건을 나란히 표시합니다. 제목을 클릭하면 기본 창에 해당 사례가 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>비교 내보내기</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>사례 비교</translation>
    </message>
    <message>
        <source>Case compared: {title}</source>
        <translation>비교하는 사례: {title}</translation>
    </message>
    <message>
        <source>The cases could not be compared: {reason}</source>
        <translation>사례를 비교하지 못했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>ComponentsEditor</name>
    <message>
        <source>Components</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Component name</source>
        <translation>구성 요소 이름</translation>
    </message>
    <message>
        <source>What the component is</source>
        <translation>구성 요소 설명</translation>
    </message>
    <message>
        <source>How the component works</source>
        <translation>구성 요소 작동 방식</translation>
    </message>
    <message>
        <source>Core or adaptable</source>
        <translation>핵심 또는 조정 가능</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>What it needs</source>
        <translation>필요 조건</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>전제 조건</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;What it is</source>
        <translation>설명(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;How it works</source>
        <translation>작동 방식(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Core or adaptable</source>
        <translation>핵심 또는 조정 가능(&amp;C)</translation>
    </message>
    <message>
        <source>Add need</source>
        <translation>필요 조건 추가</translation>
    </message>
    <message>
        <source>Add precondition</source>
        <translation>전제 조건 추가</translation>
    </message>
    <message>
        <source>Remove need</source>
        <translation>필요 조건 삭제</translation>
    </message>
    <message>
        <source>Remove precondition</source>
        <translation>전제 조건 삭제</translation>
    </message>
    <message>
        <source>component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Component {number}, precondition {need}</source>
        <translation>구성 요소 {number}, 전제 조건 {need}</translation>
    </message>
    <message>
        <source>Component {number}, {part}</source>
        <translation>구성 요소 {number}, {part}</translation>
    </message>
    <message>
        <source>Component {number}</source>
        <translation>구성 요소 {number}</translation>
    </message>
    <message>
        <source>(component {number})</source>
        <translation>(구성 요소 {number})</translation>
    </message>
    <message>
        <source>Kind of precondition</source>
        <translation>전제 조건 유형</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>미해결 충돌</translation>
    </message>
    <message>
        <source>Versions side by side</source>
        <translation>버전 나란히 보기</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>병합한 텍스트</translation>
    </message>
    <message>
        <source>Write a merge of both versions here, then Save merge</source>
        <translation>두 버전을 병합한 내용을 여기에 쓴 다음 병합 저장을 누르십시오</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>내 버전 유지(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>상대 버전 유지(&amp;T)</translation>
    </message>
    <message>
        <source>Save me&amp;rge</source>
        <translation>병합 저장(&amp;R)</translation>
    </message>
    <message>
        <source>No conflicts to settle. When a bundle or the sync folder brings edits made to the same field on two devices, or a deletion on one and an edit on another, they wait here for you to choose.</source>
        <translation>해결할 충돌이 없습니다. 번들이나 동기화 폴더를 통해 두 기기에서 같은 항목을 고친 내용, 또는 한쪽에서 삭제하고 다른 쪽에서 고친 내용이 들어오면 여기에서 선택을 기다립니다.</translation>
    </message>
    <message>
        <source>No open conflicts</source>
        <translation>열린 충돌 없음</translation>
    </message>
    <message>
        <source>deleted on one device, edited on another</source>
        <translation>한 기기에서 삭제, 다른 기기에서 편집</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>미해결 충돌 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>미해결 충돌이 없습니다.</translation>
    </message>
    <message>
        <source>shown: {shown} · other: {other}</source>
        <translation>표시: {shown} · 다른 버전: {other}</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>표시된 버전</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>다른 버전</translation>
    </message>
    <message>
        <source>This plan was deleted on one device while it was edited on another. Keep the deletion, or keep the plan with its edits.</source>
        <translation>이 계획은 한 기기에서 삭제되는 동안 다른 기기에서 편집되었습니다. 삭제를 유지하거나, 편집 내용과 함께 계획을 유지하세요.</translation>
    </message>
    <message>
        <source>This city profile was deleted on one device while it was edited on another. Keep the deletion, or keep the profile with its edits.</source>
        <translation>이 도시 프로필은 한 기기에서 삭제되는 동안 다른 기기에서 편집되었습니다. 삭제를 유지하거나, 편집 내용과 함께 프로필을 유지하세요.</translation>
    </message>
    <message>
        <source>This progress entry was deleted on one device while it was edited on another. Keep the deletion, or keep the entry with its edits.</source>
        <translation>이 진행 기록은 한 기기에서 삭제되는 동안 다른 기기에서 편집되었습니다. 삭제를 유지하거나, 편집 내용과 함께 기록을 유지하세요.</translation>
    </message>
    <message>
        <source>This shortlist was deleted on one device while it was edited on another. Keep the deletion, or keep the shortlist with its edits.</source>
        <translation>이 후보 목록은 한 기기에서 삭제되는 동안 다른 기기에서 편집되었습니다. 삭제를 유지하거나, 편집 내용과 함께 후보 목록을 유지하세요.</translation>
    </message>
    <message>
        <source>This case was deleted on one device while it was edited on another. Keep the deletion, or keep the case with its edits.</source>
        <translation>이 사례는 한 기기에서 삭제되는 동안 다른 기기에서 편집되었습니다. 삭제를 유지하거나 편집 내용과 함께 사례를 유지하십시오.</translation>
    </message>
</context>
<context>
    <name>DeletedCasesDialog</name>
    <message>
        <source>Deleted cases</source>
        <translation>삭제된 사례</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제 일시</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted case(s). Restore brings one back as it was before it was deleted.</source>
        <translation>
            <numerusform>삭제된 사례 %n건. 복원하면 삭제되기 전 상태로 돌아옵니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Devices</source>
        <translation>기기</translation>
    </message>
    <message>
        <source>This device: %s · fingerprint %s</source>
        <translation>이 기기: %s · 지문 %s</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>기기</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>신뢰</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>최근 수신</translation>
    </message>
    <message>
        <source>Last sent to</source>
        <translation>최근 발신</translation>
    </message>
    <message>
        <source>Not yet received</source>
        <translation>아직 받지 않음</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>Records this catalogue holds that the device&apos;s last bundle did not show it has</source>
        <translation>이 카탈로그에 있지만 그 기기의 최근 번들에 아직 없는 레코드</translation>
    </message>
    <message>
        <source>Known devices</source>
        <translation>알려진 기기</translation>
    </message>
    <message>
        <source>ask</source>
        <translation>매번 확인</translation>
    </message>
    <message>
        <source>&amp;Always trust</source>
        <translation>항상 신뢰(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Never trust</source>
        <translation>신뢰 안 함(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>잊기(&amp;F)</translation>
    </message>
    <message>
        <source>Forget this key and its device: its next bundle is asked about as new</source>
        <translation>이 키와 그 기기를 잊습니다. 다음 번들은 새 기기의 것처럼 신뢰 여부를 묻습니다</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경 사항</translation>
    </message>
    <message>
        <source>Bundle history</source>
        <translation>번들 기록</translation>
    </message>
    <message>
        <source>No organisation: each device is trusted one by one.</source>
        <translation>기관 없음: 기기마다 하나씩 신뢰합니다.</translation>
    </message>
    <message>
        <source>this device is a %1 until %2</source>
        <translation>이 기기는 %2까지 %1</translation>
    </message>
    <message>
        <source>this device has no certificate</source>
        <translation>이 기기에는 인증서가 없음</translation>
    </message>
    <message>
        <source>Organisation: %1 · %2 · %3 members known, %4 revoked</source>
        <translation>기관: %1 · %2 · 알려진 구성원 %3명, 폐지 %4건</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>폐지됨</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>%1에 만료됨</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%2까지 %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>same id in the same library</source>
        <translation>같은 라이브러리의 같은 ID</translation>
    </message>
    <message>
        <source>same source address</source>
        <translation>같은 출처 주소</translation>
    </message>
    <message>
        <source>same title and city</source>
        <translation>같은 제목과 도시</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>중복 찾기</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>중복으로 보이는 사례</translation>
    </message>
    <message>
        <source>Case kept</source>
        <translation>남길 사례</translation>
    </message>
    <message>
        <source>Case merged into it</source>
        <translation>합칠 사례</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>Merge to undo</source>
        <translation>되돌릴 병합</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>합치기(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Undo Merge</source>
        <translation>합치기 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>중복으로 보이는 사례를 찾는 중…</translation>
    </message>
    <message>
        <source>“{removed}” merged into “{kept}” on {device}</source>
        <translation>“{removed}”을(를) “{kept}”에 병합함 ({device}에서)</translation>
    </message>
    <message>
        <source>“{removed}” merged into “{kept}”</source>
        <translation>“{removed}”을(를) “{kept}”에 병합함</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of cases look like the same practice. Merge keeps the first case with every source, component and attachment of both; Undo Merge brings the second back.</source>
        <translation>
            <numerusform>사례 %n쌍이 같은 실천 사례로 보입니다. 합치기는 첫 사례를 남기고 두 사례의 모든 출처, 구성 요소, 첨부 파일을 유지합니다. 합치기 취소는 두 번째 사례를 되살립니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export bundle</source>
        <translation>번들 내보내기</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>전체(&amp;E)</translation>
    </message>
    <message>
        <source>Only what this &amp;device has not seen:</source>
        <translation>이 기기가 아직 받지 않은 것만(&amp;D):</translation>
    </message>
    <message>
        <source>Only the case &amp;shown: %s</source>
        <translation>표시된 사례만: %s(&amp;S)</translation>
    </message>
    <message>
        <source>Only the case shown</source>
        <translation>표시된 사례만</translation>
    </message>
    <message>
        <source>S&amp;plit into parts of at most</source>
        <translation>다음 크기 이하로 분할(&amp;P)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest part, in megabytes</source>
        <translation>한 부분의 최대 크기(MB)</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>번들 파일</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>번들 저장</translation>
    </message>
    <message>
        <source>LEAPS bundles (*.leaps)</source>
        <translation>LEAPS 번들 (*.leaps)</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: choose another with Browse.</source>
        <translation>{folder} 폴더가 없습니다. 찾아보기로 다른 폴더를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Theme</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>SDG</source>
        <translation>SDG</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>정부 수준</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>SDG {number}</source>
        <translation>SDG {number}</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>아이디어</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>시범 운영</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>시행</translation>
    </message>
    <message>
        <source>Scaled</source>
        <translation>확산</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>District</source>
        <translation>구·군</translation>
    </message>
    <message>
        <source>City</source>
        <translation>시</translation>
    </message>
    <message>
        <source>Metropolitan</source>
        <translation>광역시</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>주·도</translation>
    </message>
    <message>
        <source>National</source>
        <translation>중앙정부</translation>
    </message>
    <message>
        <source>{first}–{last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>from {first}</source>
        <translation>{first}년부터</translation>
    </message>
    <message>
        <source>until {last}</source>
        <translation>{last}년까지</translation>
    </message>
</context>
<context>
    <name>FacetsPane</name>
    <message>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Facet values with the number of matching cases; Space checks or unchecks a value</source>
        <translation>필터 값과 일치하는 사례 수. 스페이스 키로 값을 선택하거나 해제합니다</translation>
    </message>
    <message>
        <source>Started from year</source>
        <translation>시작 연도(부터)</translation>
    </message>
    <message>
        <source>Started until year</source>
        <translation>시작 연도(까지)</translation>
    </message>
    <message>
        <source>Years of the matching cases</source>
        <translation>일치하는 사례의 연도</translation>
    </message>
    <message>
        <source>Fr&amp;om</source>
        <translation>시작(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>끝(&amp;T)</translation>
    </message>
    <message>
        <source>Fi&amp;lters</source>
        <translation>필터(&amp;L)</translation>
    </message>
    <message>
        <source>any year</source>
        <translation>모든 연도</translation>
    </message>
    <message>
        <source>Matching cases started in {year}</source>
        <translation>일치하는 사례의 시작 연도: {year}</translation>
    </message>
    <message>
        <source>Matching cases started {first}–{last}</source>
        <translation>일치하는 사례의 시작 연도: {first}–{last}</translation>
    </message>
    <message>
        <source>{value} ({count})</source>
        <translation>{value} ({count})</translation>
    </message>
    <message>
        <source>{facet} ({chosen} chosen)</source>
        <translation>{facet} ({chosen}개 선택)</translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message>
        <source>{filter} ✕</source>
        <translation>{filter} ✕</translation>
    </message>
    <message>
        <source>Remove filter: {filter}</source>
        <translation>필터 해제: {filter}</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>이 필터 해제</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Active filters</source>
        <translation>적용 중인 필터</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>모든 필터 해제</translation>
    </message>
</context>
<context>
    <name>FilterControl</name>
    <message>
        <source>&amp;Sort By</source>
        <translation>정렬 기준(&amp;S)</translation>
    </message>
    <message>
        <source>{facet}: {value}</source>
        <translation>{facet}: {value}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>{app} user guide</source>
        <translation>{app} 사용자 안내서</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>사용자 안내서</translation>
    </message>
    <message>
        <source>Guide contents</source>
        <translation>안내서 목차</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>안내서 페이지</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the page you came from (Alt+Left)</source>
        <translation>이전 페이지로 돌아가기(Alt+왼쪽 화살표)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>번들 가져오기</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name}(이 기기)</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>서명한 기기:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>지문:</translation>
    </message>
    <message>
        <source>What the bundle holds is read and checked once you trust its signer, and nothing is written before that.</source>
        <translation>번들에 담긴 내용은 서명한 기기를 신뢰한 뒤에야 읽고 확인하며, 그 전에는 아무것도 기록하지 않습니다.</translation>
    </message>
    <message>
        <source>Changes by:</source>
        <translation>변경한 기기:</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>가져오지 않음:</translation>
    </message>
    <message>
        <source>Cases it adds or changes:</source>
        <translation>추가되거나 바뀌는 사례:</translation>
    </message>
    <message>
        <source>New records:</source>
        <translation>새 레코드:</translation>
    </message>
    <message>
        <source>Updated records:</source>
        <translation>갱신되는 레코드:</translation>
    </message>
    <message>
        <source>Unchanged records:</source>
        <translation>바뀌지 않는 레코드:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>충돌:</translation>
    </message>
    <message>
        <source>Deletions:</source>
        <translation>삭제:</translation>
    </message>
    <message>
        <source>Waiting for their case:</source>
        <translation>사례 도착 대기:</translation>
    </message>
    <message>
        <source>A record is a case, one of its components or sources, a plan, a city profile or a shortlist.</source>
        <translation>레코드는 사례 하나, 사례의 구성 요소나 출처 하나, 계획, 도시 프로필 또는 후보 목록 하나를 말합니다.</translation>
    </message>
    <message>
        <source>“{new}” looks like “{here}”</source>
        <translation>“{new}”은(는) “{here}”와(과) 비슷함</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) look like cases already here: {cases}. Edit &gt; Find Duplicates merges them after the import.</source>
        <translation>
            <numerusform>새 사례 %n건이 이미 있는 사례와 비슷합니다: {cases}. 가져온 뒤 편집 &gt; 중복 찾기에서 합칠 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>This device has not sent you a bundle before. Check the fingerprint with its owner (by phone or in person) before trusting it.</source>
        <translation>이 기기에서 번들을 받은 적이 없습니다. 신뢰하기 전에 기기 소유자와 (전화나 대면으로) 지문을 확인하십시오.</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>이번만 신뢰(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Always trust</source>
        <translation>항상 신뢰(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>거부(&amp;R)</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>실행 중인 작업 취소</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search cases: night bus, 서울, 杭州, city:seoul, sdg:11</source>
        <translation>사례 검색: night bus, 서울, 杭州, city:seoul, sdg:11</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Also searching</source>
        <translation>함께 검색하는 말</translation>
    </message>
    <message>
        <source>Result count</source>
        <translation>결과 수</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <source>Result views</source>
        <translation>결과 보기 방식</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>사례(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>동기화(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Print Case…</source>
        <translation>사례 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import Spreadsheet…</source>
        <translation>스프레드시트 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport Results…</source>
        <translation>결과 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Rebuild Search Index</source>
        <translation>검색 색인 다시 만들기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;lear All Filters</source>
        <translation>모든 필터 해제(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Filters Pane</source>
        <translation>필터 창(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Case Pane</source>
        <translation>사례 창(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Read Case</source>
        <translation>사례 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport Case…</source>
        <translation>사례 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Add to &amp;Shortlist…</source>
        <translation>후보 목록에 추가(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Compare Selected…</source>
        <translation>선택한 사례 비교(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Translate Case…</source>
        <translation>사례 번역(&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;hortlists…</source>
        <translation>후보 목록(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>사용자 안내서(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About %s</source>
        <translation>%s 정보(&amp;A)</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>목록(&amp;I)</translation>
    </message>
    <message>
        <source>Results follow as you type. Up and Down move through the results, Enter opens the case, Esc clears the search.</source>
        <translation>입력하는 대로 결과가 바뀝니다. 위·아래 화살표로 결과 사이를 이동하고, Enter로 사례를 열며, Esc로 검색어를 지웁니다.</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>중복 찾기(&amp;D)…</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>카탈로그를 여는 중…</translation>
    </message>
    <message>
        <source>Choose a case to translate it.</source>
        <translation>번역할 사례를 선택하십시오.</translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation>검색 색인을 만드는 중</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of cases by country</source>
        <translation>국가별 사례 지도</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation>확대(+ 키 또는 마우스 휠)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>축소(− 키)</translation>
    </message>
    <message>
        <source>Reset the view</source>
        <translation>처음 보기로</translation>
    </message>
    <message>
        <source>Back to the view the map opened with (0)</source>
        <translation>지도를 처음 열었을 때의 보기로 돌아가기(0 키)</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>지도를 그리는 중…</translation>
    </message>
    <message>
        <source>Showing: {filters}</source>
        <translation>표시 중: {filters}</translation>
    </message>
    <message>
        <source>a city&apos;s cases (nearby cities grouped)</source>
        <translation>도시별 사례(가까운 도시는 묶어서 표시)</translation>
    </message>
    <message>
        <source>No cases to show on the map</source>
        <translation>지도에 표시할 사례 없음</translation>
    </message>
    <message>
        <source>Cases per country:</source>
        <translation>국가별 사례 수:</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Too small for the map: {countries}</source>
        <translation>지도에 표시하기에 너무 작은 국가: {countries}</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>지도(&amp;M)</translation>
    </message>
    <message>
        <source>Show &amp;Map</source>
        <translation>지도 표시(&amp;M)</translation>
    </message>
</context>
<context>
    <name>MapWords</name>
    <message numerus="yes">
        <source>{country}: %n case(s)</source>
        <translation>
            <numerusform>{country}: 사례 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>{country}: no cases</source>
        <translation>{country}: 사례 없음</translation>
    </message>
    <message>
        <source>Click to show cases from every country</source>
        <translation>클릭하면 모든 국가의 사례를 표시합니다</translation>
    </message>
    <message>
        <source>Click to show only cases from {country}</source>
        <translation>클릭하면 {country}의 사례만 표시합니다</translation>
    </message>
    <message>
        <source>No cases to show on the map.</source>
        <translation>지도에 표시할 사례가 없습니다.</translation>
    </message>
    <message>
        <source>Countries with cases: {countries}. Arrow keys move between them, Enter shows only the cases of one, Esc shows every country again.</source>
        <translation>사례가 있는 국가: {countries}. 화살표 키로 국가 사이를 이동하고, Enter 키로 한 국가의 사례만 표시하며, Esc 키로 모든 국가를 다시 표시합니다.</translation>
    </message>
    <message>
        <source>Showing cases from {country}.</source>
        <translation>{country}의 사례를 표시합니다.</translation>
    </message>
    <message numerus="yes">
        <source>{city}, {country}: %n case(s)</source>
        <translation>
            <numerusform>{city}, {country}: 사례 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more city(ies)</source>
        <translation>
            <numerusform>외 도시 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show only the cases of {city}</source>
        <translation>클릭하면 {city}의 사례만 표시합니다</translation>
    </message>
    <message>
        <source>Click to zoom in on these cities</source>
        <translation>클릭하면 이 도시들을 확대합니다</translation>
    </message>
</context>
<context>
    <name>OrganisationActions</name>
    <message>
        <source>&amp;Organisation…</source>
        <translation>조직(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Join Organisation…</source>
        <translation>조직 가입(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Waiting Parts…</source>
        <translation>대기 중인 부분(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose this device&apos;s certificate</source>
        <translation>이 기기의 인증서 선택</translation>
    </message>
    <message>
        <source>Certificates (*.cert *.json);;All files (*)</source>
        <translation>인증서 (*.cert *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Not joined</source>
        <translation>가입하지 못함</translation>
    </message>
    <message>
        <source>The certificate was not taken: %1</source>
        <translation>인증서를 받아들이지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>키 지문</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>취소 목록</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>기기</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>취소일</translation>
    </message>
    <message>
        <source>&amp;Join Organisation…</source>
        <translation>조직 가입(&amp;J)…</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>No organisation: each device is trusted one by one. Join one with the certificate its administrator made for this device.</source>
        <translation>조직 없음: 기기를 하나씩 신뢰합니다. 조직 관리자가 이 기기용으로 만든 인증서로 가입하세요.</translation>
    </message>
    <message>
        <source>Trusting %1 · this device has no certificate</source>
        <translation>%1 신뢰 중 · 이 기기에는 인증서가 없습니다</translation>
    </message>
    <message>
        <source>Trusting %1 · this device: %2 until %3</source>
        <translation>%1 신뢰 중 · 이 기기: %3까지 %2</translation>
    </message>
</context>
<context>
    <name>PendingPartsDialog</name>
    <message>
        <source>Waiting Parts</source>
        <translation>대기 중인 부분</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>부분</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>Waits for</source>
        <translation>기다리는 대상</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>대기 시작</translation>
    </message>
    <message>
        <source>C&amp;lear All…</source>
        <translation>모두 지우기(&amp;L)…</translation>
    </message>
    <message>
        <source>component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>첨부 파일</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of cases wait for their case or file to arrive in a later bundle. Each is dropped after 90 days; a bundle that carries it again brings it back.</source>
        <translation>
            <numerusform>사례의 부분 %n개가 이후 번들로 사례나 파일이 도착하기를 기다리고 있습니다. 각각 90일 뒤에 삭제되며, 다시 담아 오는 번들이 있으면 되돌아옵니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>파일 %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>사례 %1</translation>
    </message>
    <message>
        <source>Clear Waiting Parts</source>
        <translation>대기 중인 부분 지우기</translation>
    </message>
    <message numerus="yes">
        <source>Drop the %n waiting part(s)? A bundle that carries one again brings it back.</source>
        <translation>
            <numerusform>대기 중인 부분 %n개를 삭제하시겠습니까? 다시 담아 오는 번들이 있으면 되돌아옵니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>관련도</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Part of this title is in {scripts}, which no font on this computer shows: install {packages}.</source>
        <translation>이 제목의 일부는 {scripts}(으)로 쓰여 있지만 이 컴퓨터에는 이를 표시할 글꼴이 없습니다: {packages}을(를) 설치하세요.</translation>
    </message>
    <message>
        <source>Translated; the case page shows the original too.</source>
        <translation>번역본입니다. 사례 페이지에서 원문도 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>[machine draft]</source>
        <translation>[기계 초안]</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>ResultsExporter</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV UTF-8 (*.csv)</source>
        <translation>CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <source>The catalogue is still opening; try again in a moment.</source>
        <translation>카탈로그를 아직 여는 중입니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Exporting results to {file}…</source>
        <translation>{file}(으)로 결과를 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to {file}.</source>
        <translation>
            <numerusform>사례 %n건을 {file}(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchControl</name>
    <message>
        <source>The catalogue could not be opened.</source>
        <translation>카탈로그를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The search engine is loading: the results follow in a moment…</source>
        <translation>검색 엔진을 불러오는 중입니다. 곧 결과가 표시됩니다…</translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation>검색 색인을 다시 만드는 중</translation>
    </message>
    <message>
        <source>Search index rebuilt.</source>
        <translation>검색 색인을 다시 만들었습니다.</translation>
    </message>
    <message>
        <source>Rebuild cancelled.</source>
        <translation>다시 만들기를 취소했습니다.</translation>
    </message>
    <message>
        <source>No case to show: no case matches the search and filters.</source>
        <translation>표시할 사례가 없습니다. 검색어와 필터에 맞는 사례가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>사례 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>query read as plain words</source>
        <translation>검색어를 일반 단어로 처리함</translation>
    </message>
    <message>
        <source>the index is catching up: the newest cases are found by title and summary</source>
        <translation>색인을 따라잡는 중: 최신 사례는 제목과 요약으로 찾습니다</translation>
    </message>
    <message>
        <source>did you mean {suggestion}?</source>
        <translation>{suggestion}을(를) 찾으셨습니까?</translation>
    </message>
    <message>
        <source>the search engine is still loading: these are the cases with the words in their title, summary or place</source>
        <translation>검색 엔진을 아직 불러오는 중: 제목, 요약 또는 장소에 검색어가 있는 사례입니다</translation>
    </message>
    <message>
        <source>search only the words typed</source>
        <translation>입력한 단어만 검색</translation>
    </message>
    <message>
        <source>Also searching: {terms}</source>
        <translation>함께 검색: {terms}</translation>
    </message>
    <message>
        <source>&lt;p&gt;The catalogue is empty: import a bundle (Sync → Import Bundle…) or add a case.&lt;/p&gt;</source>
        <translation>&lt;p&gt;카탈로그가 비어 있습니다. 번들을 가져오거나(동기화 → 번들 가져오기…) 사례를 추가하십시오.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No cases match “{text}” — remove a filter or check spelling.</source>
        <translation>“{text}”와(과) 일치하는 사례가 없습니다. 필터를 해제하거나 철자를 확인하십시오.</translation>
    </message>
    <message>
        <source>No cases match these filters — remove a filter.</source>
        <translation>이 필터와 일치하는 사례가 없습니다. 필터를 해제하십시오.</translation>
    </message>
    <message>
        <source>The search engine is still loading: only titles, summaries and places were searched.</source>
        <translation>검색 엔진을 아직 불러오는 중이라 제목, 요약, 장소만 검색했습니다.</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>{suggestion}을(를) 찾으셨습니까?</translation>
    </message>
    <message>
        <source>Remove all filters</source>
        <translation>모든 필터 해제</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>Sheet imported: {created} created, {updated} updated, {unchanged} unchanged.</source>
        <translation>스프레드시트를 가져왔습니다: 생성 {created}건, 업데이트 {updated}건, 변경 없음 {unchanged}건.</translation>
    </message>
    <message>
        <source>{error} row(s) with problems set aside in {rejected_file}.</source>
        <translation>문제가 있는 {error}개 행을 {rejected_file}에 따로 두었습니다.</translation>
    </message>
    <message>
        <source>One spreadsheet at a time: importing {file} first.</source>
        <translation>스프레드시트는 한 번에 하나씩 가져옵니다: {file}부터 가져옵니다.</translation>
    </message>
</context>
<context>
    <name>SheetFields</name>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Local title</source>
        <translation>현지어 제목</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>위도</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>경도</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>시작 연도</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>정부 수준</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>검수 상태</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>SDG</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>접근 방식</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>성과</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>교훈</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>협력 기관</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>가져온 곳</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>외부 ID</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>저작자 표시</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>출처 간 불일치</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Create</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Import spreadsheet</source>
        <translation>스프레드시트 가져오기</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>선택한 파일이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>파일 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>None: columns matched by their headers</source>
        <translation>없음: 머리글로 열 맞추기</translation>
    </message>
    <message>
        <source>Library &amp;preset:</source>
        <translation>라이브러리 프리셋(&amp;P):</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>열 매핑</translation>
    </message>
    <message>
        <source>Sheet column</source>
        <translation>시트 열</translation>
    </message>
    <message>
        <source>Case field</source>
        <translation>사례 항목</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 내용</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel reading or importing</source>
        <translation>읽기 또는 가져오기 취소</translation>
    </message>
    <message>
        <source>Import the good rows and &amp;set the rows with problems aside in a sheet to fix</source>
        <translation>올바른 행은 가져오고 문제가 있는 행은 고칠 수 있게 시트에 따로 두기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>스프레드시트 (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>The catalogue is still opening; try again in a moment.</source>
        <translation>카탈로그를 아직 여는 중입니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} 읽는 중…</translation>
    </message>
    <message>
        <source>Create: {create} · Update: {update} · Unchanged: {unchanged} · Errors: {error}</source>
        <translation>생성: {create} · 업데이트: {update} · 변경 없음: {unchanged} · 오류: {error}</translation>
    </message>
    <message>
        <source>The {count} row(s) with errors will be written, with what is wrong with each, to {file}; correct them there and import that file. The other rows are imported.</source>
        <translation>오류가 있는 {count}개 행은 각 행의 문제와 함께 {file}에 기록됩니다. 그 파일에서 고친 다음 가져오십시오. 나머지 행은 가져옵니다.</translation>
    </message>
    <message>
        <source>Rows with errors are listed first. Correct them in the file (or change the column mapping) and read it again: nothing is imported while any row has an error.</source>
        <translation>오류가 있는 행이 먼저 나열됩니다. 파일에서 고치거나(또는 열 매핑을 바꾸고) 다시 읽으십시오. 오류가 있는 행이 하나라도 있으면 아무것도 가져오지 않습니다.</translation>
    </message>
    <message>
        <source>Every row matches the catalogue already: nothing to import.</source>
        <translation>모든 행이 이미 카탈로그와 같습니다. 가져올 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Case field for column {column}</source>
        <translation>{column} 열에 대응하는 사례 항목</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(이 열 무시)</translation>
    </message>
    <message>
        <source>{field} “{cell}” read as {value}</source>
        <translation>{field} “{cell}”을(를) {value}(으)로 읽음</translation>
    </message>
    <message>
        <source>Looks like “{title}”, already in the catalogue</source>
        <translation>카탈로그에 이미 있는 “{title}”와(과) 비슷함</translation>
    </message>
    <message>
        <source>Looks like row {row}, “{title}”</source>
        <translation>{row}행 “{title}”와(과) 비슷함</translation>
    </message>
    <message>
        <source>Saved as it is; still to fill in: {fields}</source>
        <translation>그대로 저장됨. 아직 채울 항목: {fields}</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} 가져오는 중…</translation>
    </message>
</context>
<context>
    <name>ShortlistsWindow</name>
    <message>
        <source>Shortlists</source>
        <translation>후보 목록</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>새로 만들기(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>이름 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>삭제(&amp;L)</translation>
    </message>
    <message>
        <source>What this list is for</source>
        <translation>이 목록의 용도</translation>
    </message>
    <message>
        <source>Notes on the shortlist</source>
        <translation>후보 목록 메모</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>사례</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Cases on the shortlist</source>
        <translation>후보 목록의 사례</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>저장 상태</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>아래로 이동(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>No shortlists yet: choose New…, or use Add to shortlist on a case.</source>
        <translation>아직 후보 목록이 없습니다. 새로 만들기…를 선택하거나 사례에서 후보 목록에 추가를 사용하십시오.</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>(case no longer in the catalogue)</source>
        <translation>(카탈로그에서 삭제된 사례)</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>편집 중…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>New shortlist</source>
        <translation>새 후보 목록</translation>
    </message>
    <message>
        <source>Name of the shortlist:</source>
        <translation>후보 목록 이름:</translation>
    </message>
    <message>
        <source>Rename shortlist</source>
        <translation>후보 목록 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <source>Delete shortlist</source>
        <translation>후보 목록 삭제</translation>
    </message>
    <message>
        <source>Delete the shortlist “{name}”? The cases on it stay in the catalogue.</source>
        <translation>“{name}” 후보 목록을 삭제하시겠습니까? 목록에 있던 사례는 카탈로그에 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Export shortlist</source>
        <translation>후보 목록 내보내기</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>&amp;Import Bundle…</source>
        <translation>번들 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>번들 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>충돌(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Devices and History…</source>
        <translation>기기 및 기록(&amp;D)…</translation>
    </message>
    <message>
        <source>Choose Sync &amp;Folder…</source>
        <translation>동기화 폴더 선택(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>지금 동기화(&amp;S)</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>번들 가져오기</translation>
    </message>
    <message>
        <source>LEAPS bundles (*.leaps)</source>
        <translation>LEAPS 번들 (*.leaps)</translation>
    </message>
    <message>
        <source>Checking %s…</source>
        <translation>%s 확인 중…</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>번들을 가져오지 않음</translation>
    </message>
    <message>
        <source>Importing %s</source>
        <translation>%s 가져오는 중</translation>
    </message>
    <message>
        <source>Imported: %d new, %d updated, %d conflicts, %d deletions</source>
        <translation>가져오기 완료: 새 항목 %d건, 업데이트 %d건, 충돌 %d건, 삭제 %d건</translation>
    </message>
    <message>
        <source>Plans: {private} private (they stay on this device), {outcomes} shared as outcomes only (no notes, stakeholders or budgets), {organisation} shared whole.</source>
        <translation>계획: 비공개 {private}건(이 기기에만 남음), 성과만 공유 {outcomes}건(메모, 이해관계자, 예산 제외), 전체 공유 {organisation}건.</translation>
    </message>
    <message>
        <source>Exporting {file}</source>
        <translation>{file} 내보내는 중</translation>
    </message>
    <message>
        <source>Wrote %s</source>
        <translation>%s 저장 완료</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>동기화 폴더 선택</translation>
    </message>
    <message>
        <source>Syncing with %s…</source>
        <translation>%s와(과) 동기화하는 중…</translation>
    </message>
    <message>
        <source>Writing %s</source>
        <translation>%s 쓰는 중</translation>
    </message>
    <message>
        <source>Sync folder: %d bundle(s) imported</source>
        <translation>동기화 폴더: 번들 %d개를 가져왔습니다</translation>
    </message>
    <message>
        <source>%d refused (import them by hand to decide about their signer)</source>
        <translation>%d개 거부됨(직접 가져와서 서명한 기기의 신뢰 여부를 결정하십시오)</translation>
    </message>
    <message>
        <source>Clock ahead</source>
        <translation>시계가 앞서 있음</translation>
    </message>
    <message>
        <source>This catalogue holds edits stamped up to {time}, more than a day ahead of this computer&apos;s clock. Other devices refuse them, and this device&apos;s bundles, until they are repaired. Check the computer&apos;s date, then repair: the values stay, they are stamped again as this device&apos;s edits now (`leaps repair-clock` does the same).</source>
        <translation>이 카탈로그에는 {time}까지의 시각이 찍힌 편집이 있으며, 이는 이 컴퓨터의 시계보다 하루 넘게 앞서 있습니다. 복구하기 전까지 다른 기기들은 이 편집과 이 기기의 번들을 거부합니다. 컴퓨터의 날짜를 확인한 뒤 복구하세요. 값은 그대로 두고, 이 기기의 지금 편집으로 시각을 다시 찍습니다(`leaps repair-clock`도 같은 일을 합니다).</translation>
    </message>
    <message>
        <source>&amp;Repair now</source>
        <translation>지금 복구(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
</context>
<context>
    <name>TranslationDesk</name>
    <message>
        <source>Translate Case</source>
        <translation>사례 번역</translation>
    </message>
    <message>
        <source>Translation language</source>
        <translation>번역 언어</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Fields, out of date first</source>
        <translation>항목(최신이 아닌 항목 먼저)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>원문</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>번역</translation>
    </message>
    <message>
        <source>C&amp;onfirm Field</source>
        <translation>항목 확인(&amp;O)</translation>
    </message>
    <message>
        <source>The translation still says what the original says (Ctrl+Return)</source>
        <translation>번역이 여전히 원문과 같은 내용입니다(Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Machine Drafts</source>
        <translation>기계 초안(&amp;M)</translation>
    </message>
    <message>
        <source>Draft the untranslated fields with this computer&apos;s translation engine</source>
        <translation>이 컴퓨터의 번역 엔진으로 번역되지 않은 항목의 초안 만들기</translation>
    </message>
    <message>
        <source>E&amp;xport for a Translator…</source>
        <translation>번역자용으로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import from a Translator…</source>
        <translation>번역자 파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Not translated yet</source>
        <translation>아직 번역되지 않음</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>최신이 아님</translation>
    </message>
    <message>
        <source>not translated</source>
        <translation>미번역</translation>
    </message>
    <message>
        <source>machine draft</source>
        <translation>기계 초안</translation>
    </message>
    <message>
        <source>Changed in the original since it was translated:</source>
        <translation>번역한 뒤 원문에서 바뀐 내용:</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>용어집 용어</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n field(s)</source>
        <translation>
            <numerusform>항목 %n개 저장함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n field(s)</source>
        <translation>
            <numerusform>항목 %n개 확인함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drafted %n field(s); confirm each once read</source>
        <translation>
            <numerusform>항목 %n개의 초안을 만들었습니다. 읽은 뒤 하나씩 확인하십시오</numerusform>
        </translation>
    </message>
    <message>
        <source>Export for a Translator</source>
        <translation>번역자용으로 내보내기</translation>
    </message>
    <message>
        <source>Sheet (*.xlsx);;XLIFF 1.2 (*.xlf);;XLIFF 2.0 (*.xliff)</source>
        <translation>시트 (*.xlsx);;XLIFF 1.2 (*.xlf);;XLIFF 2.0 (*.xliff)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n field(s)</source>
        <translation>
            <numerusform>항목 %n개를 썼습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from a Translator</source>
        <translation>번역자 파일 가져오기</translation>
    </message>
    <message>
        <source>Translations (*.xlsx *.csv *.xlf *.xliff)</source>
        <translation>번역 파일 (*.xlsx *.csv *.xlf *.xliff)</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n field(s)</source>
        <translation>
            <numerusform>항목 %n개 업데이트함</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranslatorFiles</name>
    <message>
        <source>Export &amp;Translations…</source>
        <translation>번역 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <source>Import Tr&amp;anslations…</source>
        <translation>번역 가져오기(&amp;A)…</translation>
    </message>
    <message>
        <source>Export Translations</source>
        <translation>번역 내보내기</translation>
    </message>
    <message>
        <source>Translate every case into (a code such as ko, id or pt-BR):</source>
        <translation>모든 사례를 번역할 언어 (ko, id, pt-BR 같은 코드):</translation>
    </message>
    <message>
        <source>Sheet (*.xlsx)</source>
        <translation>시트 (*.xlsx)</translation>
    </message>
    <message>
        <source>XLIFF 1.2 (*.xlf)</source>
        <translation>XLIFF 1.2 (*.xlf)</translation>
    </message>
    <message>
        <source>XLIFF 2.0 (*.xliff)</source>
        <translation>XLIFF 2.0 (*.xliff)</translation>
    </message>
    <message>
        <source>CSV UTF-8 (*.csv)</source>
        <translation>CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>The catalogue is still opening; try again in a moment.</source>
        <translation>카탈로그를 아직 여는 중입니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Exporting translations to {file}…</source>
        <translation>{file}(으)로 번역을 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n field(s) to {file}.</source>
        <translation>
            <numerusform>{file}에 항목 %n개를 썼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Translations</source>
        <translation>번역 가져오기</translation>
    </message>
    <message>
        <source>Translations (*.xlsx *.csv *.xlf *.xliff)</source>
        <translation>번역 파일 (*.xlsx *.csv *.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Importing translations from {file}…</source>
        <translation>{file}에서 번역을 가져오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n field(s)</source>
        <translation>
            <numerusform>항목 %n개 업데이트함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{fields} in %n case(s).</source>
        <translation>
            <numerusform>사례 %n개: {fields}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>번역</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must be a JSON object</source>
        <translation>JSON 객체여야 합니다</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>텍스트여야 합니다</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>필수 항목입니다</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>{limit}자를 넘습니다</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>다음 중 하나여야 합니다: {choices}</translation>
    </message>
    <message>
        <source>must be a date like 2026-03-31</source>
        <translation>2026-03-31 형식의 날짜여야 합니다</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>객체여야 합니다</translation>
    </message>
    <message>
        <source>must be a list of objects</source>
        <translation>객체 목록이어야 합니다</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>UUID여야 합니다</translation>
    </message>
    <message>
        <source>no case has the id {id}</source>
        <translation>ID가 {id}인 사례가 없습니다</translation>
    </message>
    <message>
        <source>no city profile has the id {id}</source>
        <translation>ID가 {id}인 도시 프로필이 없습니다</translation>
    </message>
    <message>
        <source>must be a language tag such as en, ko or id</source>
        <translation>en, ko, id 같은 언어 태그여야 합니다</translation>
    </message>
    <message>
        <source>must list some of: {choices}</source>
        <translation>다음 중에서 골라야 합니다: {choices}</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>정수여야 합니다</translation>
    </message>
    <message>
        <source>no plan has the id {id}</source>
        <translation>ID가 {id}인 계획이 없습니다</translation>
    </message>
    <message>
        <source>is not one of the plan&apos;s indicators</source>
        <translation>이 계획의 지표가 아닙니다</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>텍스트여야 합니다({kind} 형식은 안 됩니다)</translation>
    </message>
    <message>
        <source>must be one of {choices} (got {value!r})</source>
        <translation>{choices} 중 하나여야 합니다(입력값: {value!r})</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>텍스트 목록이어야 합니다</translation>
    </message>
    <message>
        <source>must be a number between {low} and {high}</source>
        <translation>{low}에서 {high} 사이의 숫자여야 합니다</translation>
    </message>
    <message>
        <source>must be a mapping of field names to values</source>
        <translation>필드 이름과 값을 짝지은 매핑이어야 합니다</translation>
    </message>
    <message>
        <source>must be a UUID (got {value!r})</source>
        <translation>UUID여야 합니다(입력값: {value!r})</translation>
    </message>
    <message>
        <source>must be an upper-case ISO 3166 code such as KR (got {value!r})</source>
        <translation>KR 같은 대문자 ISO 3166 코드여야 합니다(입력값: {value!r})</translation>
    </message>
    <message>
        <source>must be between {low} and {high}, not {value}</source>
        <translation>{low}에서 {high} 사이여야 합니다. 입력한 값은 {value}입니다</translation>
    </message>
    <message>
        <source>holds {length} characters; at most {limit} fit, so that every device can take the case in. Shorten it, or attach the full text as a file.</source>
        <translation>글자 수가 {length}자입니다. 모든 기기가 이 사례를 받을 수 있도록 최대 {limit}자까지만 넣을 수 있습니다. 줄이거나 전체 글을 파일로 첨부하십시오.</translation>
    </message>
    <message>
        <source>must be a year such as 2013, not “{value}”</source>
        <translation>2013 같은 연도여야 합니다. 입력한 값은 “{value}”입니다</translation>
    </message>
    <message>
        <source>must be a BCP 47 tag such as en or ko (got {value!r})</source>
        <translation>en, ko 같은 BCP 47 태그여야 합니다(입력값: {value!r})</translation>
    </message>
    <message>
        <source>needs at least one theme</source>
        <translation>주제가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>{value!r} is not one of {choices}</source>
        <translation>{value!r}은(는) {choices} 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>needs at least one SDG</source>
        <translation>SDG가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>must be a list of SDG numbers from 1 to 17 (got {value!r})</source>
        <translation>1에서 17 사이의 SDG 번호 목록이어야 합니다(입력값: {value!r})</translation>
    </message>
    <message>
        <source>must start with https:// or http://, not “{value}”</source>
        <translation>https:// 또는 http://로 시작해야 합니다. 입력한 값은 “{value}”입니다</translation>
    </message>
    <message>
        <source>must be a list of {{name, role, organisation}}</source>
        <translation>{{name, role, organisation}} 목록이어야 합니다</translation>
    </message>
    <message>
        <source>needs at least {count} components</source>
        <translation>구성 요소가 {count}개 이상 필요합니다</translation>
    </message>
    <message>
        <source>must be a mapping</source>
        <translation>매핑이어야 합니다</translation>
    </message>
    <message>
        <source>needs a kind, one of {choices}</source>
        <translation>유형이 필요합니다({choices} 중 하나)</translation>
    </message>
    <message>
        <source>needs at least one source</source>
        <translation>출처가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>needs a url or a citation</source>
        <translation>웹 주소나 인용 정보가 필요합니다</translation>
    </message>
    <message>
        <source>must be a date written YYYY, YYYY-MM or YYYY-MM-DD (in quotes in a file), not “{value}”</source>
        <translation>YYYY, YYYY-MM 또는 YYYY-MM-DD 형식의 날짜여야 합니다(파일에서는 따옴표로 묶음). 입력한 값은 “{value}”입니다</translation>
    </message>
    <message>
        <source>Reading the sheet cancelled; nothing was changed.</source>
        <translation>시트 읽기를 취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Checking the sheet cancelled; nothing was changed.</source>
        <translation>시트 검사를 취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>가져오기를 취소했습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>{file} has more than {limit:,} rows, more than one import takes. Split it into files of at most {limit:,} rows and import each; nothing was imported.</source>
        <translation>{file}의 행이 {limit:,}개를 넘어 한 번에 가져올 수 없습니다. {limit:,}행 이하의 파일로 나누어 각각 가져오십시오. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>has the same id as row {row}; give each case one row</source>
        <translation>{row}행과 id가 같습니다. 사례마다 한 행만 두십시오</translation>
    </message>
    <message>
        <source>is the same case as row {row} (same external id or web address); keep one row</source>
        <translation>{row}행과 같은 사례입니다(외부 ID 또는 웹 주소가 같음). 한 행만 두십시오</translation>
    </message>
    <message>
        <source>{file}: no column holds the case title. Name a column &apos;Title&apos; or map one to title (--mapping, or the Column mapping table); the columns are: {columns}.</source>
        <translation>{file}: 사례 제목을 담은 열이 없습니다. 열 하나의 이름을 &apos;Title&apos;로 하거나 제목에 매핑하십시오(--mapping 또는 열 매핑 표). 열: {columns}.</translation>
    </message>
    <message>
        <source>{file} has a header but no rows below it: there is nothing to import.</source>
        <translation>{file}에는 머리글만 있고 그 아래에 행이 없어 가져올 것이 없습니다.</translation>
    </message>
    <message>
        <source>{file} has {count} row(s) with problems; correct them (or the column mapping) and import again. Nothing was imported.</source>
        <translation>{file}에 문제가 있는 행이 {count}개 있습니다. 고치거나(또는 열 매핑을 바꾸고) 다시 가져오십시오. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>{file} row {row}: {problems} (the catalogue changed since the preview). Nothing was imported.</source>
        <translation>{file} {row}행: {problems}(미리 보기 이후 카탈로그가 바뀌었습니다). 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written ({reason})</source>
        <translation>디스크가 가득 찼거나 쓸 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>The {field} of case {case} is longer than a spreadsheet cell holds ({limit:,} characters); export to .csv instead. No file was written.</source>
        <translation>사례 {case}의 {field}이(가) 스프레드시트 셀에 담을 수 있는 길이({limit:,}자)보다 깁니다. 대신 .csv로 내보내십시오. 파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>{file}: name the file .csv or .xlsx; that is the format written.</source>
        <translation>{file}: 파일 이름을 .csv 또는 .xlsx로 지정하십시오. 그 형식으로 저장됩니다.</translation>
    </message>
    <message>
        <source>{folder} is not a folder; choose where to save the file.</source>
        <translation>{folder}은(는) 폴더가 아닙니다. 파일을 저장할 곳을 고르십시오.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); choose another place.</source>
        <translation>{file}을(를) 쓸 수 없습니다({reason}). 다른 곳을 고르십시오.</translation>
    </message>
    <message>
        <source>The mapping names column(s) the sheet does not have: {missing}. The sheet&apos;s columns are: {columns}.</source>
        <translation>매핑에 시트에 없는 열이 있습니다: {missing}. 시트의 열은 다음과 같습니다: {columns}.</translation>
    </message>
    <message>
        <source>The mapping maps &apos;{column}&apos; to &apos;{field}&apos;, which is not a case field; use one of {fields} (or null to ignore the column).</source>
        <translation>매핑이 &apos;{column}&apos; 열을 사례 필드가 아닌 &apos;{field}&apos;에 연결합니다. {fields} 중 하나를 사용하십시오(열을 무시하려면 null).</translation>
    </message>
    <message>
        <source>Two columns are mapped to the same field: {fields}; keep one.</source>
        <translation>두 열이 같은 필드에 매핑되어 있습니다: {fields}. 하나만 남기십시오.</translation>
    </message>
    <message>
        <source>{path}: the mapping file does not exist.</source>
        <translation>{path}: 매핑 파일이 없습니다.</translation>
    </message>
    <message>
        <source>{path}: the mapping file is not UTF-8 JSON ({reason}); write it as {example}.</source>
        <translation>{path}: 매핑 파일이 UTF-8 JSON이 아닙니다({reason}). {example} 형식으로 작성하십시오.</translation>
    </message>
    <message>
        <source>{path}: the mapping must be a JSON object such as {example}.</source>
        <translation>{path}: 매핑은 {example} 같은 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path}이(가) 없거나 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{file}: only .csv, .tsv, .txt and .xlsx files can be imported; save the sheet in one of those formats.</source>
        <translation>{file}: .csv, .tsv, .txt, .xlsx 파일만 가져올 수 있습니다. 시트를 이 중 한 형식으로 저장하십시오.</translation>
    </message>
    <message>
        <source>{file} is empty: a sheet needs a header row naming its columns (Title, City, Country...) and one row per case below it.</source>
        <translation>{file}이(가) 비어 있습니다. 시트에는 열 이름을 적은 머리글 행(Title, City, Country...)과 그 아래 사례마다 한 행이 있어야 합니다.</translation>
    </message>
    <message>
        <source>{file} is UTF-16 text, which CSV import does not read. Save it as &apos;CSV UTF-8&apos; (Excel: File &gt; Save As &gt; CSV UTF-8; LibreOffice: character set Unicode (UTF-8)) and import it again.</source>
        <translation>{file}은(는) CSV 가져오기가 읽지 못하는 UTF-16 텍스트입니다. &apos;CSV UTF-8&apos;로 저장한 뒤(Excel: 파일 &gt; 다른 이름으로 저장 &gt; CSV UTF-8, LibreOffice: 문자 집합 유니코드(UTF-8)) 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text: byte 0x{byte:02X} on line {line} cannot be read as UTF-8 (the file may be in a local encoding such as Windows-1252, EUC-KR or GBK). Save it as &apos;CSV UTF-8&apos; (Excel: File &gt; Save As &gt; CSV UTF-8; LibreOffice: character set Unicode (UTF-8)) and import it again.</source>
        <translation>{file}은(는) UTF-8 텍스트가 아닙니다. {line}번째 줄의 바이트 0x{byte:02X}를 UTF-8로 읽을 수 없습니다(Windows-1252, EUC-KR, GBK 같은 지역 인코딩 파일일 수 있습니다). &apos;CSV UTF-8&apos;로 저장한 뒤(Excel: 파일 &gt; 다른 이름으로 저장 &gt; CSV UTF-8, LibreOffice: 문자 집합 유니코드(UTF-8)) 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>{file} row {row}: {error}. Is it really a CSV file? Save it as &apos;CSV UTF-8&apos; (Excel: File &gt; Save As &gt; CSV UTF-8; LibreOffice: character set Unicode (UTF-8)) and import it again.</source>
        <translation>{file} {row}행: {error}. 정말 CSV 파일입니까? &apos;CSV UTF-8&apos;로 저장한 뒤(Excel: 파일 &gt; 다른 이름으로 저장 &gt; CSV UTF-8, LibreOffice: 문자 집합 유니코드(UTF-8)) 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>{file} row {row} holds NUL bytes, which text never does. Is it really a CSV file? Save it as &apos;CSV UTF-8&apos; (Excel: File &gt; Save As &gt; CSV UTF-8; LibreOffice: character set Unicode (UTF-8)) and import it again.</source>
        <translation>{file} {row}행에 텍스트에는 없는 NUL 바이트가 있습니다. 정말 CSV 파일입니까? &apos;CSV UTF-8&apos;로 저장한 뒤(Excel: 파일 &gt; 다른 이름으로 저장 &gt; CSV UTF-8, LibreOffice: 문자 집합 유니코드(UTF-8)) 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>{file} is {size} MB; a sheet to import may be at most {limit} MB. Split it into smaller sheets and import each.</source>
        <translation>{file}의 크기는 {size}MB입니다. 가져올 시트는 최대 {limit}MB까지 가능합니다. 더 작은 시트로 나누어 하나씩 가져오십시오.</translation>
    </message>
    <message>
        <source>{file} is refused: its part {part} would expand from {packed} KB to {size} MB, far more than any sheet&apos;s text does. The file is damaged or made to exhaust the computer; if it is a real sheet, save it again as CSV UTF-8 and import that.</source>
        <translation>{file}을(를) 거부했습니다. 그 안의 {part} 부분이 {packed}KB에서 {size}MB로 풀리는데, 이는 어떤 시트의 텍스트보다도 훨씬 큽니다. 파일이 손상되었거나 컴퓨터를 마비시키려고 만든 파일입니다. 실제 시트라면 CSV UTF-8로 다시 저장한 뒤 그 파일을 가져오십시오.</translation>
    </message>
    <message>
        <source>{file} would expand to {size} MB; a workbook to import may hold at most {limit} MB. Split it into smaller sheets and import each.</source>
        <translation>{file}은(는) 풀면 {size}MB가 됩니다. 가져올 통합 문서는 최대 {limit}MB까지 가능합니다. 더 작은 시트로 나누어 하나씩 가져오십시오.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx) that can be read ({error}). If it is an older .xls file or another kind of file renamed, open it in Excel or LibreOffice and save it as .xlsx or as CSV UTF-8.</source>
        <translation>{file}은(는) 읽을 수 있는 Excel 통합 문서(.xlsx)가 아닙니다({error}). 예전 .xls 파일이거나 이름만 바꾼 다른 종류의 파일이라면 Excel이나 LibreOffice에서 열어 .xlsx 또는 CSV UTF-8로 저장하십시오.</translation>
    </message>
    <message>
        <source>{file} cell {cell} holds a formula ({formula}) whose result was never saved. Open the file in Excel or LibreOffice, save it (so the results are stored) and import it again.</source>
        <translation>{file}의 {cell} 셀에 결과가 저장된 적 없는 수식({formula})이 있습니다. Excel이나 LibreOffice에서 파일을 열어 저장한 뒤(결과가 저장되도록) 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>The city profile {name} is the target city of 1 plan: {plans}. Delete that plan or point it at another profile first; nothing was deleted.</source>
        <translation>도시 프로필 {name}은(는) 계획 1개의 대상 도시입니다: {plans}. 먼저 그 계획을 삭제하거나 다른 프로필을 가리키게 하십시오. 아무것도 삭제되지 않았습니다.</translation>
    </message>
    <message>
        <source>The city profile {name} is the target city of {count} plans: {plans}. Delete those plans or point them at another profile first; nothing was deleted.</source>
        <translation>도시 프로필 {name}은(는) 계획 {count}개의 대상 도시입니다: {plans}. 먼저 그 계획들을 삭제하거나 다른 프로필을 가리키게 하십시오. 아무것도 삭제되지 않았습니다.</translation>
    </message>
    <message>
        <source>The plan {id} has been deleted; saving it again would bring it back.</source>
        <translation>계획 {id}은(는) 삭제되었습니다. 다시 저장하면 되살아납니다.</translation>
    </message>
    <message>
        <source>A plan with id {id} exists already.</source>
        <translation>ID가 {id}인 계획이 이미 있습니다.</translation>
    </message>
    <message>
        <source>A plan file must hold a JSON object.</source>
        <translation>계획 파일에는 JSON 객체가 있어야 합니다.</translation>
    </message>
    <message>
        <source>{kind} {id}: malformed conflict versions</source>
        <translation>{kind} {id}: 충돌 버전의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>{where}: malformed edit signatures</source>
        <translation>{where}: 편집 서명의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>{file}: the manifest cannot be read ({reason})</source>
        <translation>{file}: 매니페스트를 읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>member {member} is larger than the manifest says</source>
        <translation>구성 파일 {member}이(가) 매니페스트에 적힌 것보다 큽니다</translation>
    </message>
    <message>
        <source>{name} is not a JSON number</source>
        <translation>{name}은(는) JSON 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>{what} is not UTF-8 JSON</source>
        <translation>{what}은(는) UTF-8 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>{what} nests deeper than {limit} levels</source>
        <translation>{what}의 중첩이 {limit}단계보다 깊습니다</translation>
    </message>
    <message>
        <source>{what} is not valid JSON ({reason})</source>
        <translation>{what}은(는) 올바른 JSON이 아닙니다({reason})</translation>
    </message>
    <message>
        <source>{what} is not a version vector</source>
        <translation>{what}은(는) 버전 벡터가 아닙니다</translation>
    </message>
    <message>
        <source>{where} is required but empty</source>
        <translation>{where}은(는) 필수인데 비어 있습니다</translation>
    </message>
    <message>
        <source>{where} must be a decimal number written as text</source>
        <translation>{where}은(는) 텍스트로 쓴 십진수여야 합니다</translation>
    </message>
    <message>
        <source>{where} is not a decimal number</source>
        <translation>{where}은(는) 십진수가 아닙니다</translation>
    </message>
    <message>
        <source>{where} is not a finite number</source>
        <translation>{where}은(는) 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <source>{where} must be a whole number</source>
        <translation>{where}은(는) 정수여야 합니다</translation>
    </message>
    <message>
        <source>{where} must be text</source>
        <translation>{where}은(는) 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>{where} holds {count} characters, more than {limit}</source>
        <translation>{where}에 {count}자가 있어 {limit}자를 넘습니다</translation>
    </message>
    <message>
        <source>{where} is not a SHA-256 digest</source>
        <translation>{where}은(는) SHA-256 다이제스트가 아닙니다</translation>
    </message>
    <message>
        <source>{where} {problem}</source>
        <translation>{where} {problem}</translation>
    </message>
    <message>
        <source>{where} holds JSON of the wrong shape</source>
        <translation>{where}의 JSON 구조가 잘못되었습니다</translation>
    </message>
    <message>
        <source>a record is not an object</source>
        <translation>레코드가 객체가 아닙니다</translation>
    </message>
    <message>
        <source>a record has an unknown type {kind}</source>
        <translation>레코드의 유형 {kind}을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>a {kind} record has a malformed id</source>
        <translation>{kind} 레코드의 ID 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>{kind} {id}: fields and stamps must be objects</source>
        <translation>{kind} {id}: 필드와 스탬프는 객체여야 합니다</translation>
    </message>
    <message>
        <source>{kind} {id}: unknown fields {fields}</source>
        <translation>{kind} {id}: 알 수 없는 필드 {fields}</translation>
    </message>
    <message>
        <source>{kind} {id}: missing fields {fields} (send null for empty ones)</source>
        <translation>{kind} {id}: 빠진 필드 {fields}(빈 필드는 null로 보내십시오)</translation>
    </message>
    <message>
        <source>{kind} {id}: every field needs a stamp</source>
        <translation>{kind} {id}: 모든 필드에 스탬프가 있어야 합니다</translation>
    </message>
    <message>
        <source>{kind} {id}: field {field} has a malformed stamp</source>
        <translation>{kind} {id}: 필드 {field}의 스탬프 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>{kind} {id}: malformed conflict versions (unknown field &apos;{field}&apos;)</source>
        <translation>{kind} {id}: 충돌 버전의 형식이 잘못되었습니다(알 수 없는 필드 &apos;{field}&apos;)</translation>
    </message>
    <message>
        <source>{kind} {id}: a conflict version has a malformed stamp</source>
        <translation>{kind} {id}: 충돌 버전의 스탬프 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>{kind} {id}: malformed earlier versions</source>
        <translation>{kind} {id}: 이전 버전의 형식이 잘못되었습니다</translation>
    </message>
    <message>
        <source>{where}: malformed edit signatures (replaced values)</source>
        <translation>{where}: 편집 서명의 형식이 잘못되었습니다(바뀐 값)</translation>
    </message>
    <message>
        <source>{file} has {count} entries, more than a bundle may hold</source>
        <translation>{file}에 항목이 {count}개 있어 번들이 담을 수 있는 수를 넘습니다</translation>
    </message>
    <message>
        <source>{file} contains a symbolic link ({member}); refused</source>
        <translation>{file}에 심볼릭 링크({member})가 있어 거부되었습니다</translation>
    </message>
    <message>
        <source>{file} names {member} twice</source>
        <translation>{file}에 {member}이(가) 두 번 들어 있습니다</translation>
    </message>
    <message>
        <source>{file} has no manifest or no signature</source>
        <translation>{file}에 매니페스트나 서명이 없습니다</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{file} is damaged, incomplete or not a LEAPS bundle (not a readable zip archive: {reason})</source>
        <translation>{file}은(는) 손상되었거나 불완전하거나 LEAPS 번들이 아닙니다(읽을 수 있는 zip 압축 파일이 아님: {reason})</translation>
    </message>
    <message>
        <source>{file}: the signature does not match; the bundle was altered or damaged</source>
        <translation>{file}: 서명이 일치하지 않습니다. 번들이 변경되었거나 손상되었습니다</translation>
    </message>
    <message>
        <source>{file} is missing {member}; it may be truncated</source>
        <translation>{file}에 {member}이(가) 없습니다. 파일이 잘렸을 수 있습니다</translation>
    </message>
    <message>
        <source>{file}: attachment {member} is not what its name says</source>
        <translation>{file}: 첨부 파일 {member}의 내용이 이름과 맞지 않습니다</translation>
    </message>
    <message>
        <source>{file}: {member} is not a list of records</source>
        <translation>{file}: {member}은(는) 레코드 목록이 아닙니다</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} records; a bundle may not</source>
        <translation>{file}에 레코드가 {limit}개보다 많습니다. 번들은 그만큼 담을 수 없습니다</translation>
    </message>
    <message>
        <source>{file}: {kind} {id} appears twice</source>
        <translation>{file}: {kind} {id}이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>{file}: {member} cannot be read; the bundle is damaged ({reason})</source>
        <translation>{file}: {member}을(를) 읽을 수 없습니다. 번들이 손상되었습니다({reason})</translation>
    </message>
    <message>
        <source>{file}: {member} does not match its checksum; the bundle is damaged</source>
        <translation>{file}: {member}이(가) 체크섬과 일치하지 않습니다. 번들이 손상되었습니다</translation>
    </message>
    <message>
        <source>{file} is missing {member}; it changed since it was checked</source>
        <translation>{file}에 {member}이(가) 없습니다. 검사한 뒤에 파일이 바뀌었습니다</translation>
    </message>
    <message>
        <source>{file} lists {count} members, more than a bundle may hold</source>
        <translation>{file}에 구성 파일이 {count}개 나열되어 번들이 담을 수 있는 수를 넘습니다</translation>
    </message>
    <message>
        <source>{file}: the manifest lists a member with a bad name or size</source>
        <translation>{file}: 매니페스트에 이름이나 크기가 잘못된 구성 파일이 있습니다</translation>
    </message>
    <message>
        <source>{file} would unpack to more than {limit} bytes</source>
        <translation>{file}을(를) 풀면 {limit}바이트를 넘습니다</translation>
    </message>
    <message>
        <source>{file}: attachment {member} is {size} bytes; attachments may be at most {limit}</source>
        <translation>{file}: 첨부 파일 {member}은(는) {size}바이트입니다. 첨부 파일은 {limit}바이트까지만 허용됩니다</translation>
    </message>
    <message>
        <source>{file}: {member} is {size} bytes; a records member may be at most {limit}</source>
        <translation>{file}: {member}은(는) {size}바이트입니다. 레코드 구성 파일은 {limit}바이트까지만 허용됩니다</translation>
    </message>
    <message>
        <source>{file}: the manifest lists a member twice</source>
        <translation>{file}: 매니페스트에 같은 구성 파일이 두 번 나열되어 있습니다</translation>
    </message>
    <message>
        <source>bad part</source>
        <translation>분할 정보가 잘못되었습니다</translation>
    </message>
    <message>
        <source>part index and count must be whole numbers</source>
        <translation>분할 번호와 개수는 정수여야 합니다</translation>
    </message>
    <message>
        <source>part {index} of {count} is out of range</source>
        <translation>{count}개 중 {index}번째 부분은 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>{key} must be text</source>
        <translation>{key}은(는) 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>bad key announcements</source>
        <translation>키 공지가 잘못되었습니다</translation>
    </message>
    <message>
        <source>bad organisation part</source>
        <translation>기관 정보가 잘못되었습니다</translation>
    </message>
    <message>
        <source>more than {limit} certificates, or not a list</source>
        <translation>인증서가 {limit}개보다 많거나 목록이 아닙니다</translation>
    </message>
    <message>
        <source>more than {limit} revocation lists, or not a list</source>
        <translation>폐기 목록이 {limit}개보다 많거나 목록이 아닙니다</translation>
    </message>
    <message>
        <source>bad revocation list</source>
        <translation>폐기 목록이 잘못되었습니다</translation>
    </message>
    <message>
        <source>{file} is not a LEAPS bundle (its manifest has another format)</source>
        <translation>{file}은(는) LEAPS 번들이 아닙니다(매니페스트 형식이 다름)</translation>
    </message>
    <message>
        <source>{file}: the manifest has no format version</source>
        <translation>{file}: 매니페스트에 형식 버전이 없습니다</translation>
    </message>
    <message>
        <source>{file} was made by a newer LEAPS Catalogue (bundle format {version}; this app reads up to {supported}). Update the app to import it.</source>
        <translation>{file}은(는) 더 새로운 LEAPS Catalogue에서 만들어졌습니다(번들 형식 {version}, 이 앱은 {supported}까지 읽음). 가져오려면 앱을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>bad kind, device or members</source>
        <translation>종류, 기기 또는 구성 파일 정보가 잘못되었습니다</translation>
    </message>
    <message>
        <source>{file}: the manifest is incomplete or malformed ({reason})</source>
        <translation>{file}: 매니페스트가 불완전하거나 형식이 잘못되었습니다({reason})</translation>
    </message>
    <message>
        <source>No known peer is {peer}.</source>
        <translation>{peer}에 해당하는 알려진 기기가 없습니다.</translation>
    </message>
    <message>
        <source>{file} claims to come from this device but is signed by another key</source>
        <translation>{file}은(는) 이 기기에서 왔다고 하지만 다른 키로 서명되었습니다</translation>
    </message>
    <message>
        <source>{file} is signed by {device}, but {why}; refused.</source>
        <translation>{file}은(는) {device}이(가) 서명했지만 {why}. 거부했습니다.</translation>
    </message>
    <message>
        <source>{file} claims to come from {name} ({device_id}) but is signed by a different key that {name} never announced ({fingerprint}; {name} signs with {pinned}); refused. If {name} really has a new key, check its fingerprint with its owner, then forget the old key and import the bundle again.</source>
        <translation>{file}은(는) {name}({device_id})에서 왔다고 하지만 {name}이(가) 알린 적 없는 다른 키로 서명되었습니다({fingerprint}, {name}의 서명 키는 {pinned}). 거부되었습니다. {name}에 정말 새 키가 있다면 소유자와 지문을 확인한 뒤 이전 키를 잊고 번들을 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>{file} is signed with the key of {name} ({device_id}) but claims to come from device {claimed}; refused.</source>
        <translation>{file}은(는) {name}({device_id})의 키로 서명되었지만 기기 {claimed}에서 왔다고 합니다. 거부되었습니다.</translation>
    </message>
    <message>
        <source>trust must be always or never</source>
        <translation>신뢰는 always 또는 never여야 합니다</translation>
    </message>
    <message>
        <source>--trust must be one of {levels}</source>
        <translation>--trust는 {levels} 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>{file} is signed by {device} ({fingerprint}), a device this catalogue does not trust; nothing was imported.</source>
        <translation>{file}은(는) 이 카탈로그가 신뢰하지 않는 기기 {device}({fingerprint})가 서명했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>{file} is signed by {device} ({fingerprint}), a device not seen before: trust it once, always, or refuse.</source>
        <translation>{file}은(는) 처음 보는 기기 {device}({fingerprint})가 서명했습니다. 한 번 신뢰, 항상 신뢰 또는 거부를 선택하십시오.</translation>
    </message>
    <message>
        <source>--keep must be mine or theirs</source>
        <translation>--keep은 mine 또는 theirs여야 합니다</translation>
    </message>
    <message>
        <source>No open conflict has the id {id}.</source>
        <translation>ID가 {id}인 열린 충돌이 없습니다.</translation>
    </message>
    <message>
        <source>A deletion is kept or undone; it cannot be merged.</source>
        <translation>삭제는 유지하거나 되돌릴 수만 있고 병합할 수는 없습니다.</translation>
    </message>
    <message>
        <source>{count} keys claim to be device {device}; name one by its fingerprint.</source>
        <translation>키 {count}개가 기기 {device}라고 주장합니다. 지문으로 하나를 지정하십시오.</translation>
    </message>
    <message>
        <source>{folder} is not a folder; choose the sync folder (a USB stick, a share...).</source>
        <translation>{folder}은(는) 폴더가 아닙니다. 동기화 폴더(USB 메모리, 공유 폴더 등)를 선택하십시오.</translation>
    </message>
    <message>
        <source>No case has the id {id}.</source>
        <translation>ID가 {id}인 사례가 없습니다.</translation>
    </message>
    <message>
        <source>No city profile has the id {id}.</source>
        <translation>ID가 {id}인 도시 프로필이 없습니다.</translation>
    </message>
    <message>
        <source>No plan has the id {id}.</source>
        <translation>ID가 {id}인 계획이 없습니다.</translation>
    </message>
    <message>
        <source>No progress entry has the id {id}.</source>
        <translation>ID가 {id}인 진행 상황 기록이 없습니다.</translation>
    </message>
    <message>
        <source>No shortlist has the id {id}.</source>
        <translation>ID가 {id}인 후보 목록이 없습니다.</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not a document format this app writes. Choose one of: {formats}.</source>
        <translation>&apos;{format}&apos;은(는) 이 앱이 만들 수 있는 문서 형식이 아닙니다. 다음 중 하나를 선택하십시오: {formats}.</translation>
    </message>
    <message>
        <source>{path} is a folder. Choose a file name for the document.</source>
        <translation>{path}은(는) 폴더입니다. 문서의 파일 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation>{folder} 폴더가 없습니다. 있는 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>Cannot write in {folder} ({reason}). Choose a folder you can write to.</source>
        <translation>{folder}에 쓸 수 없습니다({reason}). 쓰기 권한이 있는 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>{name} could not be written ({reason}). If it is open in another program, close it there; if the disk is full, free some space; then export again.</source>
        <translation>{name}을(를) 쓰지 못했습니다({reason}). 다른 프로그램에서 열려 있으면 그 프로그램에서 닫고, 디스크가 가득 찼으면 공간을 확보한 다음 다시 내보내십시오.</translation>
    </message>
    <message>
        <source>The data dir {folder} is not writable ({reason}). Choose another.</source>
        <translation>데이터 폴더 {folder}에 쓸 수 없습니다({reason}). 다른 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); restore it from a backup of the data dir.</source>
        <translation>{path}이(가) 손상되었습니다({reason}). 데이터 폴더의 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}); if the disk is full, free some space.</source>
        <translation>{path}에 쓸 수 없습니다({reason}). 디스크가 가득 찼으면 공간을 확보하십시오.</translation>
    </message>
    <message>
        <source>{path} is not an SQLite file, so it is not a LEAPS catalogue. Move it aside or choose another data dir.</source>
        <translation>{path}은(는) SQLite 파일이 아니므로 LEAPS 카탈로그가 아닙니다. 다른 곳으로 옮기거나 다른 데이터 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>{path} is damaged or not SQLite ({reason}).</source>
        <translation>{path}은(는) 손상되었거나 SQLite 파일이 아닙니다({reason}).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of LEAPS Catalogue (schema {version}; this app knows up to {latest}). Install the newer app to open it; the file has not been changed.</source>
        <translation>{path}은(는) 더 새로운 버전의 LEAPS Catalogue로 작성되었습니다(스키마 {version}, 이 앱은 {latest}까지 앎). 열려면 새 버전의 앱을 설치하십시오. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a LEAPS catalogue.</source>
        <translation>{path}은(는) SQLite 파일이지만 LEAPS 카탈로그가 아닙니다.</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}. Check the data dir is writable.</source>
        <translation>{path}을(를) 열 수 없습니다: {reason}. 데이터 폴더에 쓸 수 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name for the backup.</source>
        <translation>{path}이(가) 이미 있습니다. 백업에 쓸 새 파일 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>The backup {path} did not read back whole; nothing was written.</source>
        <translation>백업 {path}을(를) 온전히 다시 읽지 못했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>The backup {path} could not be written ({reason}); if the disk is full, free some space.</source>
        <translation>백업 {path}을(를) 쓰지 못했습니다({reason}). 디스크가 가득 찼으면 공간을 확보하십시오.</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a LEAPS catalogue.</source>
        <translation>{path}은(는) 빈 파일이며 LEAPS 카탈로그가 아닙니다.</translation>
    </message>
    <message>
        <source>{path} is damaged: {reason}. Nothing was restored.</source>
        <translation>{path}이(가) 손상되었습니다: {reason}. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose two or three cases to compare ({count} chosen): select them in the results with Ctrl or Shift held down.</source>
        <translation>비교할 사례를 두세 개 선택하십시오({count}개 선택됨). 결과 목록에서 Ctrl이나 Shift를 누른 채 선택하십시오.</translation>
    </message>
    <message>
        <source>A case cannot be merged with itself; name two different cases.</source>
        <translation>사례를 자기 자신과 병합할 수 없습니다. 서로 다른 사례 두 개를 지정하십시오.</translation>
    </message>
    <message>
        <source>These two cases are too long to merge ({limit} characters together at most).</source>
        <translation>두 사례가 너무 길어서 병합할 수 없습니다(합쳐서 최대 {limit}자).</translation>
    </message>
    <message>
        <source>No merge removed the case {id}; nothing to undo.</source>
        <translation>사례 {id}을(를) 제거한 병합이 없습니다. 되돌릴 것이 없습니다.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path}을(를) 읽을 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>{path} is larger than 2 MB; choose a smaller PNG or JPEG logo.</source>
        <translation>{path}이(가) 2MB보다 큽니다. 더 작은 PNG 또는 JPEG 로고를 선택하십시오.</translation>
    </message>
    <message>
        <source>{path} is not a PNG or JPEG image; choose a PNG or JPEG logo.</source>
        <translation>{path}은(는) PNG나 JPEG 이미지가 아닙니다. PNG 또는 JPEG 로고를 선택하십시오.</translation>
    </message>
    <message>
        <source>The organisation is longer than {limit} characters; shorten it.</source>
        <translation>기관 이름이 {limit}자를 넘습니다. 줄이십시오.</translation>
    </message>
    <message>
        <source>The office is longer than {limit} characters; shorten it.</source>
        <translation>부서 이름이 {limit}자를 넘습니다. 줄이십시오.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image of at most 2 MB.</source>
        <translation>로고는 2MB 이하의 PNG 또는 JPEG 이미지여야 합니다.</translation>
    </message>
    <message>
        <source>Only a curator of the organisation may mark a case {curation}; this device is a member. Keep it a draft (or as it was) and ask a curator.</source>
        <translation>사례를 {curation}(으)로 표시할 수 있는 것은 기관의 큐레이터뿐이며, 이 기기는 구성원입니다. 초안(또는 원래 상태)으로 두고 큐레이터에게 요청하십시오.</translation>
    </message>
    <message>
        <source>year filter &apos;{value}&apos;: give a year (2015) or a range (2010..2015, 2010.. or ..2015).</source>
        <translation>연도 필터 &apos;{value}&apos;: 연도(2015)나 범위(2010..2015, 2010.. 또는 ..2015)를 입력하십시오.</translation>
    </message>
    <message>
        <source>No preset is called &apos;{name}&apos;; the presets are: {presets}.</source>
        <translation>&apos;{name}&apos;(이)라는 사전 설정이 없습니다. 사전 설정은 다음과 같습니다: {presets}.</translation>
    </message>
    <message>
        <source>not a PEM private key</source>
        <translation>PEM 개인 키가 아닙니다</translation>
    </message>
    <message>
        <source>bad base64: {reason}</source>
        <translation>잘못된 base64: {reason}</translation>
    </message>
    <message>
        <source>not an Ed25519 key</source>
        <translation>Ed25519 키가 아닙니다</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); restore it from a backup.</source>
        <translation>{path}이(가) 손상되었습니다({reason}). 백업에서 복원하십시오.</translation>
    </message>
    <message>
        <source>The device key cannot be written to {path} ({reason}); if the disk is full, free some space and try again.</source>
        <translation>기기 키를 {path}에 쓸 수 없습니다({reason}). 디스크가 가득 찼으면 공간을 확보한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The new device key cannot be written in {folder} ({reason}); the old key stays in use. If the disk is full, free some space and try again.</source>
        <translation>새 기기 키를 {folder}에 쓸 수 없습니다({reason}). 이전 키를 계속 사용합니다. 디스크가 가득 찼으면 공간을 확보한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{folder} already holds an organisation&apos;s root key; nothing was changed.</source>
        <translation>{folder}에 이미 기관의 루트 키가 있습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>{folder} holds no organisation&apos;s root key ({reason}).</source>
        <translation>{folder}에 기관의 루트 키가 없습니다({reason}).</translation>
    </message>
    <message>
        <source>{folder}: {file} does not belong to its root key.</source>
        <translation>{folder}: {file}이(가) 그 루트 키의 것이 아닙니다.</translation>
    </message>
    <message>
        <source>role must be one of {roles} (got &apos;{role}&apos;).</source>
        <translation>역할은 {roles} 중 하나여야 합니다(&apos;{role}&apos;이(가) 주어짐).</translation>
    </message>
    <message>
        <source>the public key must be a device&apos;s key as `leaps device` shows it.</source>
        <translation>공개 키는 `leaps device`가 보여 주는 기기의 키여야 합니다.</translation>
    </message>
    <message>
        <source>No certificate issued from {folder} has the serial, device or key {who}.</source>
        <translation>{folder}에서 발급한 인증서 중 일련번호, 기기 또는 키가 {who}인 것이 없습니다.</translation>
    </message>
    <message>
        <source>its certificate from {org} was revoked on {at}</source>
        <translation>{org}에서 받은 인증서가 {at}에 폐기되었습니다</translation>
    </message>
    <message>
        <source>its certificate from {org} is valid from {start} to {end}</source>
        <translation>{org}에서 받은 인증서는 {start}부터 {end}까지 유효합니다</translation>
    </message>
    <message>
        <source>{role} of {org} until {end}</source>
        <translation>{end}까지 {org}의 {role}</translation>
    </message>
    <message>
        <source>not an organisation file (it needs org, name and public_key).</source>
        <translation>기관 파일이 아닙니다(org, name, public_key가 있어야 함).</translation>
    </message>
    <message>
        <source>not a certificate signed by its organisation&apos;s key; nothing was changed.</source>
        <translation>기관의 키로 서명된 인증서가 아닙니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>this certificate is for {name} ({device_id}), not this device; nothing was changed.</source>
        <translation>이 인증서는 이 기기가 아니라 {name}({device_id})의 것입니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>this certificate is valid from {start} to {end}; nothing was changed.</source>
        <translation>이 인증서는 {start}부터 {end}까지 유효합니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{path}: id {id} is also used by {other}</source>
        <translation>{path}: ID {id}은(는) {other}에서도 쓰고 있습니다</translation>
    </message>
    <message>
        <source>Only a curator of the organisation may publish a seed catalogue; this device is a member. Ask a curator to publish it.</source>
        <translation>조직의 큐레이터만 시드 카탈로그를 게시할 수 있습니다. 이 기기는 구성원입니다. 큐레이터에게 게시를 요청하세요.</translation>
    </message>
    <message>
        <source>{folder} already exists; choose a new folder for the seed catalogue.</source>
        <translation>{folder}이(가) 이미 있습니다. 시드 카탈로그를 위한 새 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({reason}).</source>
        <translation>{folder}에 쓸 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>the seed catalogue could not be written ({reason}); nothing was left behind.</source>
        <translation>시드 카탈로그를 쓰지 못했습니다({reason}). 남은 파일은 없습니다.</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({reason}); choose another folder.</source>
        <translation>{folder}에 쓸 수 없습니다({reason}). 다른 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}); if the disk is full, free some space and export again. Earlier files are unchanged.</source>
        <translation>{file}을(를) 쓰지 못했습니다({reason}). 디스크가 가득 찼으면 공간을 확보한 뒤 다시 내보내십시오. 이전 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Write the merged translation first; nothing was changed.</source>
        <translation>먼저 병합한 번역을 작성하십시오. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>존재하지 않습니다</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>읽을 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}: {reason})</source>
        <translation>올바른 JSON이 아닙니다({line}행: {reason})</translation>
    </message>
    <message>
        <source>is not valid YAML ({reason})</source>
        <translation>올바른 YAML이 아닙니다({reason})</translation>
    </message>
    <message>
        <source>is missing: start the file with a --- block of fields</source>
        <translation>없습니다. 파일을 필드가 담긴 --- 블록으로 시작하십시오</translation>
    </message>
    <message>
        <source>No case has the id {id}, nor had it: `leaps history --deleted` lists deleted cases.</source>
        <translation>ID가 {id}인 사례는 지금도 없고 예전에도 없었습니다. 삭제된 사례는 `leaps history --deleted`로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The case {id} did not exist at {time}; pick a later version.</source>
        <translation>사례 {id}은(는) {time}에 존재하지 않았습니다. 더 나중 버전을 고르십시오.</translation>
    </message>
    <message>
        <source>{field} is not a field of a case that can be set back; revert the whole case instead.</source>
        <translation>{field}은(는) 되돌릴 수 있는 사례 필드가 아닙니다. 대신 사례 전체를 되돌리십시오.</translation>
    </message>
    <message>
        <source>No deleted case has the id {id}: `leaps history --deleted` lists them.</source>
        <translation>ID가 {id}인 삭제된 사례가 없습니다. 삭제된 사례는 `leaps history --deleted`로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The translation engine {name} could not run: {reason}</source>
        <translation>번역 엔진 {name}을(를) 실행하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>메시지 없음</translation>
    </message>
    <message>
        <source>The translation engine {name} failed ({status}): {said}</source>
        <translation>번역 엔진 {name}이(가) 실패했습니다({status}): {said}</translation>
    </message>
    <message>
        <source>The translation engine {name} wrote more than a field may hold.</source>
        <translation>번역 엔진 {name}이(가) 필드 하나에 담을 수 있는 것보다 많이 썼습니다.</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>파일이 너무 큽니다</translation>
    </message>
    <message>
        <source>name must be text</source>
        <translation>name은 텍스트여야 합니다</translation>
    </message>
    <message>
        <source>command must be a list of words</source>
        <translation>command는 단어 목록이어야 합니다</translation>
    </message>
    <message>
        <source>{path} does not name a translation engine ({reason}); see docs/translations.md.</source>
        <translation>{path}에 번역 엔진이 제대로 지정되어 있지 않습니다({reason}). docs/translations.md를 참고하십시오.</translation>
    </message>
    <message>
        <source>{text} is not a language tag; use a code such as ko, id or pt-BR.</source>
        <translation>{text}은(는) 언어 태그가 아닙니다. ko, id, pt-BR 같은 코드를 쓰십시오.</translation>
    </message>
    <message>
        <source>The case is written in {language}; translate it into another language.</source>
        <translation>이 사례는 {language}(으)로 작성되었습니다. 다른 언어로 번역하십시오.</translation>
    </message>
    <message>
        <source>The case has no translatable field {id}; nothing was changed.</source>
        <translation>이 사례에는 번역할 수 있는 필드 {id}이(가) 없습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>The translation of {id} is over {limit} characters; nothing was changed.</source>
        <translation>{id}의 번역이 {limit}자를 넘습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>--filter {item}: use FACET=VALUE with FACET one of {facets}.</source>
        <translation>--filter {item}: FACET=VALUE 형식으로 쓰고 FACET은 {facets} 중 하나로 하십시오.</translation>
    </message>
    <message>
        <source>{file}: a case with id {id} exists already; use `leaps edit`.</source>
        <translation>{file}: ID가 {id}인 사례가 이미 있습니다. `leaps edit`을 쓰십시오.</translation>
    </message>
    <message>
        <source>is {id}, not {wanted}</source>
        <translation>{wanted}이(가) 아니라 {id}입니다</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); if the disk is full, free some space. Any earlier file there is unchanged.</source>
        <translation>{path}을(를) 쓰지 못했습니다({reason}). 디스크가 가득 찼으면 공간을 확보하십시오. 그 자리에 있던 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Give two or three different case ids to compare ({count} given).</source>
        <translation>비교할 서로 다른 사례 ID를 두세 개 주십시오({count}개 주어짐).</translation>
    </message>
    <message>
        <source>name a case: leaps history ID (or --deleted to list deleted cases)</source>
        <translation>사례를 지정하십시오: leaps history ID (삭제된 사례 목록은 --deleted)</translation>
    </message>
    <message>
        <source>--field goes with --revert STAMP</source>
        <translation>--field는 --revert STAMP와 함께 씁니다</translation>
    </message>
    <message>
        <source>{file} is not a newer revocation list of an organisation this catalogue trusts; nothing was changed.</source>
        <translation>{file}은(는) 이 카탈로그가 신뢰하는 기관의 더 새로운 폐기 목록이 아닙니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text; save it as UTF-8 JSON.</source>
        <translation>{path}은(는) UTF-8 텍스트가 아닙니다. UTF-8 JSON으로 저장하십시오.</translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}: {reason}).</source>
        <translation>{path}은(는) 올바른 JSON이 아닙니다({line}행: {reason}).</translation>
    </message>
    <message>
        <source>leaps peers forget needs a fingerprint or device id (see `leaps peers`).</source>
        <translation>leaps peers forget에는 지문이나 기기 ID가 필요합니다(`leaps peers` 참고).</translation>
    </message>
    <message>
        <source>No translation engine is set up on this computer; docs/translations.md says how to plug one in.</source>
        <translation>이 컴퓨터에는 번역 엔진이 설정되어 있지 않습니다. 연결하는 방법은 docs/translations.md에 있습니다.</translation>
    </message>
    <message>
        <source>the PDF file or the printer could not be opened</source>
        <translation>PDF 파일 또는 프린터를 열 수 없음</translation>
    </message>
    <message>
        <source>Only a plan that has reached scaling can publish its practice as a case; this one is {state}.</source>
        <translation>확산 단계에 이른 계획만 그 실천을 사례로 게시할 수 있습니다. 이 계획은 {state} 상태입니다.</translation>
    </message>
    <message>
        <source>This plan adapts no case this catalogue holds, so it has nothing to link to.</source>
        <translation>이 계획은 이 카탈로그에 있는 어떤 사례도 적용하지 않으므로 연결할 대상이 없습니다.</translation>
    </message>
    <message>
        <source>{file}: write a .xlsx, .csv, .xlf or .xliff file.</source>
        <translation>{file}: .xlsx, .csv, .xlf 또는 .xliff 파일로 쓰십시오.</translation>
    </message>
    <message>
        <source>{file} has no {column} column; export a sheet to see the columns.</source>
        <translation>{file}에 {column} 열이 없습니다. 시트를 내보내 열 구성을 확인하십시오.</translation>
    </message>
    <message>
        <source>{file} row {row}</source>
        <translation>{file} {row}행</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows; split it.</source>
        <translation>{file}의 행이 {limit}개보다 많습니다. 나누십시오.</translation>
    </message>
    <message>
        <source>{file}: import a .xlsx, .csv, .xlf or .xliff file.</source>
        <translation>{file}: .xlsx, .csv, .xlf 또는 .xliff 파일을 가져오십시오.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where}: the case has no translatable field {id}; nothing was changed.</source>
        <translation>{where}: 이 사례에는 번역할 수 있는 필드 {id}이(가) 없습니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>{where}: the status &apos;{status}&apos; is not one of {statuses}.</source>
        <translation>{where}: 상태 &apos;{status}&apos;은(는) {statuses} 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>An XLIFF 2.0 file holds one source language, and these cases are written in {languages}: export them with --from LANGUAGE, or as XLIFF 1.2.</source>
        <translation>XLIFF 2.0 파일에는 원문 언어가 하나만 들어가는데, 이 사례들은 {languages}(으)로 작성되었습니다. --from LANGUAGE로 내보내거나 XLIFF 1.2로 내보내십시오.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); choose another place.</source>
        <translation>{path}을(를) 쓰지 못했습니다({reason}). 다른 위치를 고르십시오.</translation>
    </message>
    <message>
        <source>{file} unit {id}</source>
        <translation>{file} 단위 {id}</translation>
    </message>
    <message>
        <source>{file} is larger than {size} MB; split it.</source>
        <translation>{file}이(가) {size}MB보다 큽니다. 나누십시오.</translation>
    </message>
    <message>
        <source>{file} declares a DTD or entities; an XLIFF file needs none. Refused.</source>
        <translation>{file}에 DTD나 엔티티가 선언되어 있습니다. XLIFF 파일에는 필요 없습니다. 거부했습니다.</translation>
    </message>
    <message>
        <source>{file} is not well-formed XML ({reason}).</source>
        <translation>{file}은(는) 올바른 형식의 XML이 아닙니다({reason}).</translation>
    </message>
    <message>
        <source>{file} is not an XLIFF 1.2 or 2.0 file.</source>
        <translation>{file}은(는) XLIFF 1.2 또는 2.0 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{file} has more than {limit} units; split it.</source>
        <translation>{file}의 단위가 {limit}개보다 많습니다. 나누십시오.</translation>
    </message>
    <message>
        <source>the file was not written whole; is the disk full?</source>
        <translation>파일이 온전히 쓰이지 않았습니다. 디스크가 가득 찼습니까?</translation>
    </message>
    <message>
        <source>holds JSON of the wrong shape</source>
        <translation>형태가 잘못된 JSON을 담고 있습니다</translation>
    </message>
    <message>
        <source>names no field of a case that is translated</source>
        <translation>번역되는 사례 필드를 가리키지 않습니다</translation>
    </message>
    <message>
        <source>is not a language tag</source>
        <translation>언어 태그가 아닙니다</translation>
    </message>
    <message>
        <source>does not match the record&apos;s id</source>
        <translation>레코드의 ID와 맞지 않습니다</translation>
    </message>
    <message>
        <source>The catalogue is closed.</source>
        <translation>카탈로그가 닫혀 있습니다.</translation>
    </message>
</context>
</TS>
