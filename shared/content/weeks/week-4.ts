import type { Week } from '../course-types.ts';

/** Week 4: listening, validating and speaking in ways that keep the door open. */
export const week: Week = {
  number: 4,
  title: 'Communication that keeps the door open',
  summary: 'Ways to listen and speak that lower the heat and keep you talking, even when you see things differently.',
  minutes: 35,
  welcome: [
    "Talks with {person} may have gone badly before. Maybe they ended in shouting, in tears, or in a long silence. If so, you are in good company. Almost every family gets stuck in the same loops. It is not a sign that you have failed, or that {person} doesn't care.",
    "This week is about small changes in how we listen and speak. They won't fix everything. But they often make the next talk a little easier. And they keep the door open for the one after that.",
  ],
  sections: [
    {
      id: 'listen-to-understand',
      title: 'Listen to understand',
      blocks: [
        'Most of us listen to reply. While the other person talks, we get our answer ready. When we are worried, we also listen for proof: proof that things are bad, or proof that they are fine.',
        "Listening to understand is different. Your only job is to find out how things look from where {person} stands. You don't have to agree. You don't have to fix anything. You just want to get it right.",
        'One of the best tools is reflecting back. You put what you heard into your own words, and check if you got it. For example:',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  "'It sounds like work has been really hard this week.'",
                  "'So you feel like everyone is watching you. Is that right?'",
                  "'You're saying your mind won't slow down at night.'",
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  "'It sounds like work has been really hard this week.'",
                  "'So you feel like we're always checking up on you. Is that right?'",
                  "'You're saying a drink helps you switch off at night.'",
                ],
              },
            ],
            both: [
              {
                list: [
                  "'It sounds like work has been really hard this week.'",
                  "'So you feel like everyone is watching you. Is that right?'",
                  "'You're saying a drink helps you switch off at night.'",
                ],
              },
            ],
          },
        },
        'Reflecting back shows that you heard. It slows the talk down. It also gives {person} a chance to correct you, and that often leads them to say more.',
        'A few more tips:',
        {
          list: [
            "Ask open questions, like 'What was that like?'",
            'Let pauses happen. Silence gives people room to think.',
            'Put your phone away and turn toward them.',
            'If you feel the urge to correct them, wait. You can share your view later.',
          ],
        },
      ],
    },
    {
      id: 'validate-feelings',
      title: 'Validate feelings, not everything',
      blocks: [
        "To validate means to say that a feeling makes sense. It tells {person}: 'Your feelings are real, and I take them seriously.' Many people in distress feel that no one gets it. Being understood can calm things more than any advice.",
        'Validating a feeling is not the same as agreeing with everything. You can accept the feeling and still see the facts, or the choices, in a different way. For example:',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  "'I can see how scared you are. That sounds awful.' You don't have to agree that the neighbours are spying.",
                  "'It makes sense that you feel low after losing the job.' You don't have to agree that you will never work again.",
                  "'You feel like no one listens to you. I want to change that.' You don't have to say yes to every request.",
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  "'I can see how much pain you're in. That sounds awful.' You don't have to agree that more pills are the answer.",
                  "'It makes sense that you're angry about losing the job.' You don't have to agree that drinking is the answer.",
                  "'You feel like no one listens to you. I want to change that.' You don't have to say yes to every request.",
                ],
              },
            ],
            both: [
              {
                list: [
                  "'I can see how scared you are. That sounds awful.' You don't have to agree that the neighbours are spying.",
                  "'It makes sense that you're angry about losing the job.' You don't have to agree that drinking is the answer.",
                  "'You feel like no one listens to you. I want to change that.' You don't have to say yes to every request.",
                ],
              },
            ],
          },
        },
        "Try not to brush a feeling aside, even when you mean well. 'Calm down', 'It's not that bad' and 'You shouldn't feel that way' tend to make people feel more alone.",
        "Feelings and actions are separate. A feeling is never wrong in itself. Actions can still have limits. You might say, 'I get why you're so angry. I'm not okay with being shouted at. Let's talk when we're both calmer.' That one line holds both your care and your limit.",
      ],
    },
    {
      id: 'five-keys',
      title: 'Five keys to a calmer talk',
      blocks: [
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              'Many family programmes teach a few keys for hard talks. Some call it positive communication. The keys help with all kinds of worries, mental health included.',
            ],
            'substance-use': [
              'Family programmes for people whose loved one drinks or uses drugs often teach a few keys for hard talks. Some call it positive communication. They were made for worries like yours.',
            ],
            both: [
              'Family programmes for people whose loved one drinks or uses drugs often teach a few keys for hard talks. Some call it positive communication. The keys work just as well for mental health worries.',
            ],
          },
        },
        {
          list: [
            "Be positive. Start with what you would like, not with what went wrong. 'I'd love to have dinner together more' works better than 'You're never home.'",
            "Use 'I' statements. Speak about your own feelings. 'I feel worried when I don't hear from you' lands more softly than 'You make me worry.'",
            "Offer understanding. Show that you see their side. 'I know you've had a lot on.'",
            "Share responsibility. Own a small part, even if it is just the tension. 'I know I've been on your case a lot.' This is not taking the blame. It just lowers the guard.",
            "Offer to help. 'Is there anything I can do?' or 'Would it help if I came with you?'",
          ],
        },
        'Here is how it can sound all together:',
        "'I've missed our talks. I know things have been hard for you, and I've been quick to nag. I feel worried when I don't hear from you. Would you like to go for a walk on Sunday and talk? I'm happy to help however I can.'",
        "It won't always work. But it makes a good talk more likely, and a fight less likely. And it gets easier with practice.",
      ],
    },
    {
      id: 'when-they-dont-see-a-problem',
      title: "When they don't see a problem",
      blocks: [
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              "In week 2 we looked at why some people can't see that they are unwell. It can be part of the illness, not a choice. Arguing about it rarely helps. The harder you push, the harder they defend.",
            ],
            'substance-use': [
              'In week 2 we looked at why a person may not see a problem. With drinking or drug use, they may truly believe it is under control, or feel torn about change. Arguing about it rarely helps. The harder you push, the harder they defend.',
            ],
            both: [
              "In week 2 we looked at why some people can't see that they are unwell. With drinking or drug use, a person may also truly believe it is not a problem. Arguing about it rarely helps. The harder you push, the harder they defend.",
            ],
          },
        },
        'A psychologist, Xavier Amador, created an approach called LEAP for times like this. It has four steps:',
        {
          list: [
            'Listen. Ask about their view and reflect it back, without arguing. Find out what they want, and what they fear.',
            "Empathise. Name the feelings you hear. 'That sounds so frustrating.' If they are upset about being called ill, you can empathise with that too.",
            'Agree. Look for common ground. You may not agree that there is an illness. But you might both want fewer fights, more freedom or better sleep.',
            "Partner. Work together on what you both want. 'You want your family off your back, and I want to worry less. What could help with both?'",
          ],
        },
        "If they ask what you think, you can share it briefly. Say that you might be wrong, and that it's okay to disagree. Then come back to what you both want.",
        'LEAP is not a trick to win. It is a way to keep trust while your views differ. Trust is what keeps you close enough to help. Change often starts later, with a goal that {person} chose.',
      ],
    },
    {
      id: 'what-closes-the-door',
      title: 'What tends to close the door',
      blocks: [
        'Some habits are very human and hard to shake. They also tend to shut talks down. Try to steer clear of:',
        {
          kind: 'by-situation',
          variants: {
            'mental-illness': [
              {
                list: [
                  'Arguing about the diagnosis. It rarely changes a mind, and it often costs trust.',
                  "Ultimatums in anger. 'Stop, or I'm leaving', said in a rage, is hard to follow through on, and it feels like a threat. Limits work better when you plan them calmly. Week 6 looks at this.",
                  "Labels. Words like 'lazy', 'dramatic' or 'attention-seeking' stick. Talk about the action, not the person.",
                  "Always and never. 'You always ruin things' starts a fight about the word 'always'.",
                  'Long lectures. After the first minute, most people stop hearing.',
                  'Hard talks when they are in deep distress, or very unwell. Wait for a calmer time.',
                ],
              },
            ],
            'substance-use': [
              {
                list: [
                  'Arguing about the drinking or drug use. It rarely changes a mind, and it often costs trust.',
                  "Ultimatums in anger. 'Stop, or I'm leaving', said in a rage, is hard to follow through on, and it feels like a threat. Limits work better when you plan them calmly. Week 6 looks at this.",
                  "Labels. Words like 'lazy', 'liar' or 'drunk' stick. Talk about the action, not the person.",
                  "Always and never. 'You always ruin things' starts a fight about the word 'always'.",
                  'Long lectures. After the first minute, most people stop hearing.',
                  'Hard talks when they have been drinking or using. Wait for a calmer time.',
                ],
              },
            ],
            both: [
              {
                list: [
                  'Arguing about the diagnosis or the drinking. It rarely changes a mind, and it often costs trust.',
                  "Ultimatums in anger. 'Stop, or I'm leaving', said in a rage, is hard to follow through on, and it feels like a threat. Limits work better when you plan them calmly. Week 6 looks at this.",
                  "Labels. Words like 'lazy', 'liar' or 'drunk' stick. Talk about the action, not the person.",
                  "Always and never. 'You always ruin things' starts a fight about the word 'always'.",
                  'Long lectures. After the first minute, most people stop hearing.',
                  'Hard talks when they have been drinking or using, or are in deep distress. Wait for a calmer time.',
                ],
              },
            ],
          },
        },
        "You will slip. Everyone does. When a talk goes wrong, you can repair it: 'I'm sorry I shouted last night. I'd like to try again.' A repair can teach as much as a perfect talk.",
        "If a talk ever turns to threats, or you fear for anyone's safety, stop. Step away to somewhere safe. Call your local emergency number, or use the Need help now? button at the top of every screen.",
      ],
    },
  ],
  story: {
    title: 'A different kind of talk',
    variants: {
      'mental-illness': [
        "Hiroshi's {relation}, Ren, lives with schizophrenia. Last spring, Ren began to believe the people next door were watching them through the walls. They stopped going to their appointments and slept very little.",
        "At first, Hiroshi argued. 'There are no cameras. You're unwell. You need to see your doctor.' Each talk ended with Ren shouting or walking out. After a while, Ren stopped talking to him at all.",
        "Hiroshi learned about LEAP at a family group. The next time Ren brought up the neighbours, he didn't argue. He listened. Then he said, 'So you feel watched, even at night. That sounds frightening.'",
        "Ren looked up. 'It is. I can't sleep. I'm so tired.'",
        "Hiroshi said, 'Being that tired is awful. I'd want to feel safe and get some sleep too.' He didn't say a word about cameras.",
        "Later that week, Ren asked what he thought. Hiroshi said gently, 'I see it a bit differently. I might be wrong, and we don't have to agree. But we both want you to sleep.'",
        'He asked if Ren would be willing to talk to their doctor about sleep. Ren said they would think about it. Two weeks later, they went.',
        'It did not end the fears. There were still hard days. But Ren was talking to Hiroshi again, and that kept the door open for everything else.',
      ],
      'substance-use': [
        "Hiroshi's {relation}, Ren, started using cocaine on nights out. Soon it was most weekends, and some weeknights too. Ren said it was under control. 'Everyone I know does it. You're making a big deal out of nothing.'",
        "Hiroshi used to wait up. When Ren came in, he let them have it. 'You're throwing your life away.' Ren would slam the door. Once, in anger, Hiroshi said, 'Stop, or don't come back.' He didn't mean it, and they both knew it.",
        'At a family support group, Hiroshi learned some keys for calmer talks. He picked a quiet Sunday morning, when Ren was rested.',
        "He said, 'I've missed you. I know work has been really hard, and I've been quick to shout. I get scared when you're out late and I can't reach you. Could we talk?'",
        "Ren was quiet. Then they said, 'Work is crushing me. The weekends are the only time I feel like myself.'",
        "Hiroshi didn't argue. He said, 'So the weekends feel like your only break. That makes sense.' Then he asked, 'Would it help to look at the work stress together? I could help you find someone to talk to.'",
        "Ren said they'd think about it. They didn't stop using that month. But they started to text when they would be late. And one evening, Ren brought up the stress at work on their own. Hiroshi listened. The door was open.",
      ],
      both: [
        "Hiroshi's {relation}, Ren, lives with bipolar disorder. When their mood drops, Ren drinks more. When it climbs too high, they hardly sleep. Ren says the drinking is fine and the diagnosis is wrong.",
        'For a long time, Hiroshi tried to prove it. He read out lists of signs. He counted bottles. Every talk became a fight, and Ren began to avoid him.',
        "Then Hiroshi tried LEAP. When Ren said, 'I'm not ill. I'm just tired of everyone being on my case', Hiroshi didn't argue. He said, 'So you feel like people are always watching and judging you. That must wear you out.'",
        "Ren said, 'It does. And I hate how low I feel after a big week.'",
        "Hiroshi heard something he could agree with. 'I hate seeing you that low too. We might not agree on the label. But we both want fewer of those crashes, right?'",
        "Ren nodded. Hiroshi asked, 'What do you think helps, and what makes it worse?' Ren said that bad sleep and drinking late at night both seemed to make the crash harder.",
        "They agreed on one small thing each. Ren would try a set bedtime for two weeks. Hiroshi would stop counting bottles. It wasn't a cure. But it was a start, and they made it together.",
      ],
    },
    // Stories for readers who named a condition. Facts checked 2026-12-05 against:
    // - Drinkaware, Alcohol and depression, https://drinkaware.co.uk/alcohol-facts/health-effects-of-alcohol/mental-health/alcohol-and-depression
    //   (drinking can make depression worse; a GP can help with both; most people with depression recover);
    // - HSE, Alcohol and depression, https://www.askaboutalcohol.ie/health/mental-health-and-alcohol/depression/
    //   (people drink to numb low mood or to sleep, and feel worse afterwards);
    // - NIMH, Bipolar Disorder in Adults, https://www.nimh.nih.gov/health/publications/bipolar-disorder-in-adults
    //   (a high phase can bring risky choices; a low phase follows for many; treatment helps);
    // - Bipolar Caregivers, Bipolar warning signs, http://www.bipolarcaregivers.org/treatment-and-management/bipolar-warning-signs
    //   (people can learn their own early signs and act on them early);
    // - Vanderbilt Health Library, Know the Symptoms of Depression,
    //   https://healthlibrary.vanderbilthealth.com/Library/DiseasesConditions/Adult/MentalHealth/3,84265
    //   (feeling hopeless, worthless or tired all the time; not something a person can snap out of);
    // - NIMH, Understanding Psychosis, https://www.nimh.nih.gov/health/publications/understanding-psychosis
    //   (drug use such as marijuana can play a part in psychosis; treatment can help);
    // - SAMHSA, Treatment and Support Resources (ESMI), https://www.samhsa.gov/esmi-ta-center/providers/treatment-support-resources
    //   (psychosis care teams can treat cannabis or alcohol use alongside psychosis).
    // The psychosis reader already meets schizophrenia in the situation story.
    byCondition: [
      {
        condition: 'bipolar',
        situation: 'mental-illness',
        blocks: [
          "Hiroshi's {relation}, Ren, lives with bipolar disorder. Last summer, during a high, Ren spoke harshly to friends at their sister's wedding. A few weeks later their mood crashed. Now Ren stayed home and would not see anyone.",
          "Hiroshi tried to cheer them up. 'It's not that bad. Everyone has forgotten about it.' Ren went quiet and left the room. It happened again and again.",
          "At a family group, Hiroshi learned about listening to understand. 'Don't rush to fix it,' the leader said. 'Say back what you hear, and name the feeling.'",
          "The next time Ren brought up the wedding, Hiroshi just listened. Then he said, 'So you feel ashamed of that day, and scared it could happen again.'",
          "Ren looked up. 'Yes. I don't trust my own head.'",
          "Hiroshi said, 'That sounds frightening. It makes sense that you'd want to hide.' He did not tell Ren how to feel. He did not say it was nothing.",
          "A week later, Ren asked what he thought. Hiroshi said, 'I see someone who was unwell, not someone bad. If you want, I'd like to help you spot the signs earlier next time.'",
          'Ren chose to write down their early signs with their care worker, and to share them with Hiroshi. It did not undo the wedding. But Ren was talking to him again, and that kept the door open.',
        ],
      },
      {
        condition: 'depression',
        situation: 'mental-illness',
        blocks: [
          "Hiroshi's {relation}, Ren, lives with depression. For months, Ren has come home from work and gone straight to bed. 'What's the point?' they often say. 'Nothing I do works out.'",
          "Hiroshi hated hearing it. 'Don't be so negative,' he would say. 'Look at everything you've got going for you.' Ren would nod and stop talking. Soon Ren hardly talked to him at all.",
          "At a family group, Hiroshi learned about validating feelings. You can say a feeling makes sense without agreeing with every word. Brushing a feeling aside, even kindly, can leave a person more alone.",
          "The next time Ren said nothing worked out, Hiroshi sat down. He said, 'It sounds like you've been trying so hard, and it feels like nothing changes. That must be exhausting.'",
          "Ren's eyes filled. 'It is. I feel like I'm letting everyone down.'",
          "Hiroshi did not argue. He said, 'I'm really glad you told me. I see it a bit differently, but I get why it feels that way.'",
          "Later he asked, 'Would it help to tell your doctor how heavy things have been? I could come with you.' Ren said maybe. A week later, they went.",
          'The low days did not stop at once. But Ren talks to Hiroshi now, on the bad days too. That kept the door open for everything else.',
        ],
      },
      {
        condition: 'psychosis',
        situation: 'both',
        blocks: [
          "Hiroshi's {relation}, Ren, lives with psychosis. Ren hears a voice that puts them down, and smokes cannabis most nights. Ren says the cannabis is the only thing that helps.",
          "Hiroshi had read that cannabis can make psychosis worse. So each talk turned into a fight. 'It's the weed. You have to stop.' Ren would shout back, or walk out.",
          "Then Hiroshi learned about LEAP at a family group. The next time Ren lit up, he didn't lecture. He asked, 'What does it do for you?'",
          "Ren was surprised. 'It makes the voice go quiet for a bit. It's the only break I get.'",
          "Hiroshi said, 'So it's the one thing that gives you a break from the voice. That makes sense. Living with that voice sounds exhausting.'",
          "Ren nodded. Hiroshi found something they could agree on. 'We both want you to get more breaks, and for the voice to be less loud. Would you ask your team what else might help with that?'",
          'Ren said they would think about it. At the next visit, Ren told the team about the cannabis for the first time. The team talked with Ren about both the voice and the cannabis, and what Ren wanted to try.',
          "Ren still smokes some nights. But they no longer hide it, and they talk to Hiroshi again. That kept the door open for everything else.",
        ],
      },
      {
        condition: 'depression',
        situation: 'both',
        blocks: [
          "Hiroshi's {relation}, Ren, lives with depression. Ren drinks most nights, and says it is the only thing that helps them sleep. 'Leave it. I'm fine,' Ren says, whenever Hiroshi asks.",
          'For a long time, Hiroshi argued. He counted the cans in the bin and read out facts about alcohol and mood. Ren stopped coming downstairs when he was home.',
          'At a family group, Hiroshi learned some keys for calmer talks. He picked a Sunday morning, when Ren had not been drinking.',
          "He said, 'I've missed you. I know the nights have been really hard, and I've been on your case a lot. I worry when I hear you up at three. Could we talk?'",
          "Ren sat down. 'I can't switch my head off. A drink is the only thing that stops it for a bit.'",
          "Hiroshi didn't argue. 'So a drink is your way to get a break from your own head. That makes sense. It sounds exhausting.' Then he asked, 'Would it help to see the doctor about the nights? I could come with you.'",
          'Ren said they would think about it. A week later, they went. The doctor asked about mood and about drinking, and offered help with both.',
          'Ren still drinks some nights. But the two of them are talking again, and that kept the door open for everything else.',
        ],
      },
    ],
  },
  takeaways: [
    'Listen to understand, not to win.',
    'Say back what you heard before you give your view.',
    'You can validate a feeling without agreeing to everything.',
    "Be positive, use 'I' statements, share the load and offer to help.",
    "When {person} doesn't see a problem, look for what you both want.",
  ],
  reflections: [
    {
      id: 'w4-hard-talk',
      prompt: 'Think of a talk with {person} that went badly. What might each of you have been feeling underneath?',
      hint: 'Fear, shame, tiredness and love often hide under anger, on both sides.',
    },
    {
      id: 'w4-shared-goal',
      prompt: 'What is one thing you and {person} both want, even if you see the problem differently?',
      hint: 'It could be small: fewer fights, better sleep, more time together, more freedom.',
    },
  ],
  practice: {
    id: 'w4-practice',
    tools: [
      { href: '/prompts', label: 'Find words to say in the prompt library' },
      { href: '/plans/new', label: 'Plan a hard conversation' },
      { href: '/practice', label: 'Practise with role-play cards' },
    ],
    title: 'Listen, reflect, then speak',
    intro: [
      'This week, practise one skill. Listen and reflect back before you share your own view. Start small. A talk about their day, a film or a plan for the weekend is a good place to begin.',
      "You're building a habit. Easy talks are where you practise, so the hard ones go better later.",
    ],
    steps: [
      'Choose a calm time, when neither of you is rushed, tired or upset.',
      "Ask one open question, like 'How did today go?' or 'What was that like?'",
      'Listen without stepping in to fix, correct or advise.',
      "Reflect back what you heard in your own words: 'So it sounds like...' Then check: 'Did I get that right?'",
      "Only then, if they ask or it fits, share your view with an 'I' statement.",
    ],
    plan: [
      {
        id: 'w4-plan-when',
        label: 'When and where will I try it?',
      },
      {
        id: 'w4-plan-question',
        label: 'What open question could I ask?',
        hint: "Questions that start with 'how' or 'what' tend to open a talk up.",
      },
      {
        id: 'w4-plan-pause',
        label: 'What will I do if it starts to get heated?',
        hint: "For example: 'Let's take a break and come back to this later.'",
      },
    ],
  },
  selfCheck: [
    {
      id: 'w4-check-reflecting',
      question: "What does 'reflecting back' mean?",
      options: [
        { text: 'Saying what you heard in your own words, and checking you got it right', correct: true },
        { text: 'Thinking quietly about what they did wrong', correct: false },
        { text: 'Repeating your point until they take it in', correct: false },
      ],
      explanation:
        'Reflecting back shows {person} that you heard them. It slows the talk down, and it gives them a chance to correct you or say more.',
    },
    {
      id: 'w4-check-validate',
      question: 'What does it mean to validate a feeling?',
      options: [
        { text: 'Saying the feeling makes sense, without agreeing to everything', correct: true },
        { text: 'Agreeing with whatever they want to do', correct: false },
        { text: 'Telling them how they ought to feel', correct: false },
      ],
      explanation:
        "You can accept how {person} feels and still see the facts, or the choices, differently. 'I can see how angry you are' does not mean 'You are right about everything'.",
    },
    {
      id: 'w4-check-i-statement',
      question: "Which of these is an 'I' statement?",
      options: [
        { text: "'You always scare me when you do that.'", correct: false },
        { text: "'I feel worried when I don't hear from you, because I care about you.'", correct: true },
        { text: "'Everyone thinks you need help.'", correct: false },
      ],
      explanation:
        "An 'I' statement talks about your own feelings. It is easier to hear than blame, so the other person is less likely to defend. It takes practice, so don't worry if it feels odd at first.",
    },
    {
      id: 'w4-check-leap',
      question: "{Person} says, 'I'm not sick. Leave me alone.' Which fits the LEAP approach?",
      options: [
        { text: 'List all the signs that prove they are unwell', correct: false },
        { text: 'Listen, say back what you heard, and look for something you both want', correct: true },
        { text: "Warn them that you will leave if they don't accept help", correct: false },
      ],
      explanation:
        "Arguing about the illness tends to push people further away. It's very natural to want to prove your point when you are scared. LEAP keeps trust, and trust keeps you close enough to help.",
    },
    {
      id: 'w4-check-heated',
      question: 'A talk is getting heated. What is most likely to help?',
      options: [
        { text: 'Keep going until they admit you are right', correct: false },
        { text: 'Suggest a break, and agree to come back to it later', correct: true },
        { text: 'Make a big threat so they know you mean it', correct: false },
      ],
      explanation:
        "A pause lets both of you calm down. You can come back to it when you are both ready. If you ever fear for anyone's safety, step away and call your local emergency number.",
    },
  ],
  forYou: {
    title: 'Be gentle with yourself after hard talks',
    blocks: [
      "Hard talks take a lot out of you, even when they go well. Your body may stay tense for hours. That's normal.",
      'After a hard talk, you could try:',
      {
        list: [
          'A few slow breaths, with the out-breath longer than the in-breath.',
          'A walk, a stretch, or a few minutes outside.',
          'Telling someone you trust how it went.',
          'Noticing one thing you did well, even if the talk went badly.',
        ],
      },
      'You are learning new habits while under strain. Slips are part of learning. Try using the same kind words with yourself that you are practising with {person}.',
    ],
  },
};
